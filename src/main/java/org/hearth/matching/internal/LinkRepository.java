package org.hearth.matching.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.hearth.children.ChildId;
import org.hearth.matching.AgencyKind;
import org.hearth.matching.FeeDue;
import org.hearth.matching.HouseholdId;
import org.hearth.matching.Link;
import org.hearth.matching.LinkCloseReason;
import org.hearth.matching.LinkClosure;
import org.hearth.matching.LinkId;
import org.hearth.matching.LinkStep;
import org.hearth.matching.LinkStepType;
import org.hearth.matching.Money;
import org.hearth.matching.Placement;
import org.hearth.matching.PlacementKind;
import org.hearth.matching.ProvidingAgency;
import org.hearth.matching.SearchId;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Stores links with their children and their dated steps. Steps are only ever added; a save that finds
 * the link changed since it was read fails.
 */
@Repository
public class LinkRepository {

	private final JdbcClient jdbc;

	LinkRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	public Optional<Link> byId(LinkId id) {
		return load("SELECT * FROM matching_link WHERE id = :id", Map.of("id", id.value())).stream().findFirst();
	}

	/** The links of the searching agency that are not closed; placed ones are left out by the caller. */
	public List<Link> notClosedOfAgency(String agencyId) {
		return load("SELECT * FROM matching_link WHERE searching_agency_id = :agency AND closed_on IS NULL"
				+ " AND placement_kind IS NULL ORDER BY created_at", Map.of("agency", agencyId));
	}

	/** The links of children of these boroughs that are not closed or placed. */
	public List<Link> notClosedInBoroughs(Collection<String> boroughs) {
		if (boroughs.isEmpty()) {
			return List.of();
		}
		return load("SELECT * FROM matching_link WHERE borough_code IN (:boroughs) AND closed_on IS NULL"
				+ " AND placement_kind IS NULL ORDER BY created_at", Map.of("boroughs", boroughs));
	}

	/** Every link not closed or placed, for the prompts. */
	public List<Link> allNotClosed() {
		return load("SELECT * FROM matching_link WHERE closed_on IS NULL AND placement_kind IS NULL ORDER BY created_at",
				Map.of());
	}

	/** Whether the household already has a link, not closed or placed, with any of these children. */
	public boolean hasOpenLink(HouseholdId household, Collection<ChildId> children) {
		return jdbc.sql("""
				SELECT COUNT(*) FROM matching_link l JOIN matching_link_child c ON c.link_id = l.id
				WHERE l.household_id = :household AND l.closed_on IS NULL AND l.placement_kind IS NULL
				AND c.child_id IN (:children)""")
			.param("household", household.value())
			.param("children", children.stream().map(ChildId::value).toList())
			.query(Long.class)
			.single() > 0;
	}

	/** Inserts a new link or saves the new steps, closing and placement of one. */
	public void save(Link link, Instant now) {
		var columns = new LinkedHashMap<String, Object>();
		columns.put("id", link.id().value());
		columns.put("household_id", link.household().value());
		columns.put("household_agency_id", link.householdAgencyId());
		columns.put("searching_agency_id", link.searchingAgencyId());
		columns.put("borough_code", link.boroughCode());
		columns.put("search_id", link.search().map(SearchId::value).orElse(null));
		var closure = link.closure().orElse(null);
		columns.put("closed_on", closure == null ? null : closure.date());
		columns.put("close_reason", closure == null ? null : closure.reason().name());
		columns.put("close_shared", closure == null ? null : closure.sharedWithHousehold());
		columns.put("close_note", closure == null ? null : closure.internalNote());
		columns.put("closed_by", closure == null ? null : closure.closedBy());
		columns.put("closed_at", closure == null ? null : utc(closure.closedAt()));
		var placement = link.placement().orElse(null);
		columns.put("placement_kind", placement == null ? null : placement.kind().name());
		columns.put("provider_agency_id", placement == null ? null : placement.agency().id());
		columns.put("provider_agency_name", placement == null ? null : placement.agency().name());
		columns.put("provider_agency_kind", placement == null ? null : placement.agency().kind().name());
		columns.put("provider_in_london", placement == null ? null : placement.agency().inLondon());
		columns.put("fee_pence", placement == null ? null : placement.feeDue().amount().pence());
		columns.put("fee_basis", placement == null ? null : placement.feeDue().basis());
		columns.put("fee_unconfirmed", placement == null ? null : placement.feeDue().unconfirmed());
		int stored;
		if (link.version() == 0) {
			columns.put("created_at", utc(now));
			jdbc.sql("INSERT INTO matching_link (" + String.join(", ", columns.keySet()) + ", version) VALUES ("
					+ String.join(", ", columns.keySet().stream().map(k -> ":" + k).toList()) + ", 1)")
				.params(columns)
				.update();
			int position = 0;
			for (ChildId child : link.children()) {
				jdbc.sql("INSERT INTO matching_link_child (link_id, position, child_id) VALUES (:link, :position, :child)")
					.param("link", link.id().value())
					.param("position", position++)
					.param("child", child.value())
					.update();
			}
			stored = 0;
		}
		else {
			var sets = columns.keySet().stream().filter(k -> !k.equals("id")).map(k -> k + " = :" + k).toList();
			int rows = jdbc.sql("UPDATE matching_link SET " + String.join(", ", sets)
					+ ", version = version + 1 WHERE id = :id AND version = :version")
				.params(columns)
				.param("version", link.version())
				.update();
			if (rows != 1) {
				throw new OptimisticLockingFailureException("Someone else changed this link; open it again");
			}
			stored = jdbc.sql("SELECT COUNT(*) FROM matching_link_step WHERE link_id = :link")
				.param("link", link.id().value())
				.query(Integer.class)
				.single();
		}
		List<LinkStep> steps = link.steps();
		for (int position = stored; position < steps.size(); position++) {
			LinkStep step = steps.get(position);
			jdbc.sql("""
					INSERT INTO matching_link_step (link_id, position, step, step_on, outcome, note, recorded_by, recorded_at)
					VALUES (:link, :position, :step, :on, :outcome, :note, :by, :at)""")
				.param("link", link.id().value())
				.param("position", position)
				.param("step", step.type().name())
				.param("on", step.date())
				.param("outcome", step.outcome())
				.param("note", step.note())
				.param("by", step.recordedBy())
				.param("at", utc(step.recordedAt()))
				.update();
		}
	}

	private List<Link> load(String sql, Map<String, ?> params) {
		List<Row> rows = jdbc.sql(sql).params(params).query(LinkRepository::row).list();
		if (rows.isEmpty()) {
			return List.of();
		}
		List<UUID> ids = rows.stream().map(Row::id).toList();
		Map<UUID, List<ChildId>> children = new LinkedHashMap<>();
		jdbc.sql("SELECT link_id, child_id FROM matching_link_child WHERE link_id IN (:ids) ORDER BY link_id, position")
			.param("ids", ids)
			.query((rs, n) -> children.computeIfAbsent(rs.getObject("link_id", UUID.class), k -> new ArrayList<>())
				.add(new ChildId(rs.getObject("child_id", UUID.class))))
			.list();
		Map<UUID, List<LinkStep>> steps = new LinkedHashMap<>();
		jdbc.sql("SELECT * FROM matching_link_step WHERE link_id IN (:ids) ORDER BY link_id, position")
			.param("ids", ids)
			.query((rs, n) -> steps.computeIfAbsent(rs.getObject("link_id", UUID.class), k -> new ArrayList<>())
				.add(new LinkStep(LinkStepType.valueOf(rs.getString("step")), rs.getObject("step_on", LocalDate.class),
						rs.getString("outcome"), rs.getString("note"), rs.getString("recorded_by"),
						instant(rs, "recorded_at"))))
			.list();
		List<Link> links = new ArrayList<>();
		for (Row row : rows) {
			List<ChildId> ofLink = children.getOrDefault(row.id(), List.of());
			Placement placement = row.placementKind() == null ? null
					: new Placement(ofLink, new HouseholdId(row.household()), row.provider(),
							PlacementKind.valueOf(row.placementKind()),
							steps.get(row.id()).get(steps.get(row.id()).size() - 1).date(), row.fee());
			links.add(Link.restore(new LinkId(row.id()), ofLink, new HouseholdId(row.household()), row.householdAgency(),
					row.searchingAgency(), row.borough(), row.search() == null ? null : new SearchId(row.search()),
					steps.getOrDefault(row.id(), List.of()), row.closure(), placement, row.version()));
		}
		return links;
	}

	private record Row(UUID id, UUID household, String householdAgency, String searchingAgency, String borough,
			UUID search, LinkClosure closure, String placementKind, ProvidingAgency provider, FeeDue fee, int version) {
	}

	private static Row row(ResultSet rs, int n) throws SQLException {
		LinkClosure closure = rs.getObject("closed_on", LocalDate.class) == null ? null
				: new LinkClosure(rs.getObject("closed_on", LocalDate.class),
						LinkCloseReason.valueOf(rs.getString("close_reason")), rs.getString("close_shared"),
						rs.getString("close_note"), rs.getString("closed_by"), instant(rs, "closed_at"));
		String kind = rs.getString("placement_kind");
		ProvidingAgency provider = kind == null ? null
				: new ProvidingAgency(rs.getString("provider_agency_id"), rs.getString("provider_agency_name"),
						AgencyKind.valueOf(rs.getString("provider_agency_kind")), rs.getBoolean("provider_in_london"));
		FeeDue fee = kind == null ? null
				: new FeeDue(Money.pence(rs.getLong("fee_pence")), rs.getString("fee_basis"),
						rs.getBoolean("fee_unconfirmed"));
		return new Row(rs.getObject("id", UUID.class), rs.getObject("household_id", UUID.class),
				rs.getString("household_agency_id"), rs.getString("searching_agency_id"), rs.getString("borough_code"),
				rs.getObject("search_id", UUID.class), closure, kind, provider, fee, rs.getInt("version"));
	}

	private static OffsetDateTime utc(Instant instant) {
		return instant == null ? null : OffsetDateTime.ofInstant(instant, ZoneOffset.UTC);
	}

	private static Instant instant(ResultSet rs, String column) throws SQLException {
		var value = rs.getObject(column, OffsetDateTime.class);
		return value == null ? null : value.toInstant();
	}
}

package org.hearth.reporting.internal;

import java.time.LocalDate;
import java.util.Optional;

import org.hearth.reporting.MeasureCode;
import org.hearth.reporting.ReportingPeriod;
import org.hearth.reporting.Threshold;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The scorecard's dated thresholds: the one that applies to a period is the latest by its end. */
@Repository
public class ThresholdStore {

	private final JdbcClient jdbc;

	ThresholdStore(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * The threshold for the measure over the period, judged against its value (met when the value is at
	 * or below it); empty when no threshold applies to periods ending so early, or the measure has none.
	 */
	public Optional<Threshold> applying(MeasureCode measure, ReportingPeriod period, Optional<Long> value) {
		return jdbc.sql("""
				SELECT threshold_days, applies_from FROM scorecard_threshold
				WHERE measure = :measure AND applies_from <= :end ORDER BY applies_from DESC FETCH FIRST 1 ROWS ONLY""")
			.param("measure", measure.name())
			.param("end", period.to())
			.query((rs, n) -> {
				long days = rs.getLong("threshold_days");
				return new Threshold(days, rs.getObject("applies_from", LocalDate.class),
						value.map(v -> v <= days).orElse(null));
			})
			.optional();
	}
}

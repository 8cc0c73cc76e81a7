package org.hearth.adopters.web;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.hearth.adopters.Household;
import org.hearth.adopters.LogEntry;
import org.hearth.adopters.Stage;

/** The household's stages as a GOV.UK task list: each step with its date or its status. */
record Tasks(List<Task> items) {

	/**
	 * One line of the task list. Status: completed, in-progress, not-started, cannot-start, not-applicable,
	 * or stopped (not done when the household left the process).
	 */
	record Task(String name, String status, LocalDate on, String detail) {

		public String statusLabel() {
			return switch (status) {
				case "completed" -> "Completed";
				case "in-progress" -> "In progress";
				case "not-started" -> "Not yet started";
				case "not-applicable" -> "Not recorded";
				case "stopped" -> "Stopped";
				default -> "Cannot start yet";
			};
		}
	}

	static Tasks of(Household h, LocalDate today, List<LogEntry> history) {
		var j = h.journey();
		boolean fast = j.fastTrack != null;
		Stage stage = h.stage();
		var items = new ArrayList<Task>();
		items.add(done("Enquiry received", j.enquiryOn, null));
		items.add(new Task("Applicants and household", h.applicants().isEmpty() ? "not-started" : "completed", null,
				h.applicants().size() + (h.applicants().size() == 1 ? " applicant" : " applicants")
						+ (h.members().isEmpty() ? "" : ", " + h.members().size() + " other in the home")));
		if (fast) {
			items.add(new Task("Fast track to stage 2", "completed", j.stage2StartedOn, j.fastTrack.label()));
		}
		else {
			items.add(dated("Registration of interest accepted", j.roiAcceptedOn, !h.applicants().isEmpty()));
			items.add(j.stage1PlanAgreedOn == null && j.stage1DecisionOn != null
					? new Task("Stage 1 plan agreed", "not-applicable", null, null)
					: dated("Stage 1 plan agreed", j.stage1PlanAgreedOn, j.roiAcceptedOn != null));
			long back = h.checks().stream().filter(c -> c.returned()).count();
			items.add(new Task("Statutory checks and references",
					h.checks().isEmpty() ? (j.roiAcceptedOn == null ? "cannot-start" : "not-started")
							: back == h.checks().size() ? "completed" : "in-progress",
					null, back + " of " + h.checks().size() + " back"));
		}
		items.add(dated("Preparation training attended", j.trainingAttendedOn, j.roiAcceptedOn != null || fast));
		if (!fast) {
			items.add(new Task("Stage 1 decision", j.stage1DecisionOn != null ? "completed"
					: j.roiAcceptedOn != null ? "in-progress" : "cannot-start", j.stage1DecisionOn,
					j.stage1Outcome == null ? null : j.stage1Outcome.label()));
			items.add(dated("Notice to proceed: stage 2 started", j.stage2StartedOn, j.stage1DecisionOn != null));
		}
		long sessions = history.stream().filter(e -> e.kind() == LogEntry.Kind.ASSESSMENT_SESSION).count();
		items.add(new Task("Assessment sessions", sessions > 0 ? (j.readyForPanelOn != null ? "completed" : "in-progress")
				: j.stage2StartedOn != null ? "not-started" : "cannot-start", null, sessions + " recorded"));
		String par = j.parQualityAssuredOn != null ? "Quality-assured"
				: j.parCommentsOn != null ? "Applicants' comments received"
				: j.parSharedOn != null ? "Shared with the applicants" : j.parDraftedOn != null ? "Drafted" : null;
		items.add(new Task("Prospective adopter's report", j.parQualityAssuredOn != null ? "completed"
				: j.parDraftedOn != null ? "in-progress" : j.stage2StartedOn != null ? "not-started" : "cannot-start",
				j.parQualityAssuredOn != null ? j.parQualityAssuredOn : j.parCommentsOn != null ? j.parCommentsOn
						: j.parSharedOn != null ? j.parSharedOn : j.parDraftedOn, par));
		items.add(dated("Ready for panel", j.readyForPanelOn, j.stage2StartedOn != null));
		items.add(new Task("Panel recommendation", j.panelOn != null ? "completed"
				: j.readyForPanelOn != null ? "not-started" : "cannot-start", j.panelOn,
				j.panelRecommendation == null ? null : j.panelRecommendation.label()));
		items.add(new Task("Agency decision", j.decisionOn != null ? "completed"
				: j.panelOn != null ? "not-started" : "cannot-start", j.decisionOn,
				j.decision == null ? null : j.decision.label()));
		if (j.qdOn != null) {
			items.add(new Task(j.qdKind.label() + ": applicants' response and final decision",
					j.finalDecisionOn != null ? "completed" : "in-progress", j.finalDecisionOn,
					j.finalDecision == null ? (j.qdResponse == null ? "Waiting for the applicants" : j.qdResponse.label())
							: j.finalDecision.label()));
		}
		items.add(new Task("Approved", j.approvedOn != null ? "completed" : "cannot-start", j.approvedOn, null));
		items.add(new Task("Approval range", h.approvalRange().isPresent() ? "completed"
				: j.stage2StartedOn != null ? "not-started" : "cannot-start", null, null));
		if (stage == Stage.LEFT) {
			items.replaceAll(t -> t.status().equals("completed") || t.status().equals("not-applicable") ? t
					: new Task(t.name(), "stopped", t.on(), t.detail()));
			items.add(new Task("Left the process", "completed", j.leftOn, j.leftBecause.label()));
		}
		return new Tasks(items);
	}

	private static Task done(String name, LocalDate on, String detail) {
		return new Task(name, "completed", on, detail);
	}

	private static Task dated(String name, LocalDate on, boolean canStart) {
		return new Task(name, on != null ? "completed" : canStart ? "not-started" : "cannot-start", on, null);
	}
}

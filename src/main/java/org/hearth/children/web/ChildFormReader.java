package org.hearth.children.web;

import org.hearth.calendar.DateInput;
import java.util.List;

import org.hearth.children.Birth;
import org.hearth.children.ChildDetails;
import org.hearth.children.DisabilityCode;
import org.hearth.children.Disabilities;
import org.hearth.children.EarlyPermanence;
import org.hearth.children.EthnicityCode;
import org.hearth.children.Sex;
import org.hearth.children.SiblingPlan;
import org.springframework.validation.Errors;

/** Turns the typed child form into the record's details, rejecting each field that cannot be read. */
final class ChildFormReader {

	private ChildFormReader() {
	}

	static ChildDetails read(ChildForm form, Errors errors) {
		required(form.caseReference(), "caseReference", "Enter the borough's case reference", errors);
		required(form.firstNames(), "firstNames", "Enter the child's first names", errors);
		required(form.lastName(), "lastName", "Enter the child's last name", errors);
		boolean unborn = Boolean.TRUE.equals(form.unborn());
		var date = new DateInput(form.day(), form.month(), form.year())
			.read("day", unborn ? "the expected date of birth" : "the date of birth", errors);
		Sex sex = parse(() -> Sex.of(form.sex()), "sex", errors);
		EthnicityCode ethnicity = parse(() -> EthnicityCode.of(form.ethnicity()), "ethnicity", errors);
		Disabilities disabilities = parse(() -> Disabilities.of(
				(form.disabilities() == null ? List.<String>of() : form.disabilities()).stream().map(DisabilityCode::of).toList()),
				"disabilities", errors);
		SiblingPlan siblingPlan = parse(() -> siblingPlan(form), "siblingPlan", errors);
		EarlyPermanence earlyPermanence = parse(() -> EarlyPermanence.valueOf(
				form.earlyPermanence() == null || form.earlyPermanence().isBlank() ? "NOT_CONSIDERED" : form.earlyPermanence()),
				"earlyPermanence", errors);
		if (errors.hasErrors()) {
			return null;
		}
		try {
			return new ChildDetails(form.caseReference(), form.firstNames(), form.lastName(),
					form.prospectiveAdoptiveName(), unborn ? Birth.expectedOn(date) : Birth.on(date), sex, ethnicity,
					form.religion(), form.firstLanguages(), disabilities, form.healthAndNeeds(),
					form.boroughSocialWorker(), form.boroughTeamManager(), form.familyFindingWorker(),
					form.siblingGroup(), siblingPlan, form.siblingPlanReason(), earlyPermanence,
					form.earlyPermanenceOutcome());
		}
		catch (IllegalArgumentException | NullPointerException e) {
			errors.reject("invalid", e.getMessage());
			return null;
		}
	}

	private static SiblingPlan siblingPlan(ChildForm form) {
		String plan = form.siblingPlan() == null ? "NOT_DECIDED" : form.siblingPlan();
		return switch (plan) {
			case "ALONE" -> SiblingPlan.placedAlone();
			case "TOGETHER" -> {
				int siblings;
				try {
					siblings = Integer.parseInt(form.siblingsPlacedWith() == null ? "" : form.siblingsPlacedWith().trim());
				}
				catch (NumberFormatException e) {
					throw new IllegalArgumentException("Enter how many brothers and sisters the child is to be placed with, as a number");
				}
				yield SiblingPlan.togetherWith(siblings);
			}
			case "NOT_DECIDED" -> SiblingPlan.notDecided();
			default -> throw new IllegalArgumentException("Select the plan for brothers and sisters");
		};
	}

	private static void required(String value, String field, String message, Errors errors) {
		if (value == null || value.isBlank()) {
			errors.rejectValue(field, "required", message);
		}
	}

	private static <T> T parse(java.util.function.Supplier<T> reader, String field, Errors errors) {
		try {
			return reader.get();
		}
		catch (IllegalArgumentException e) {
			errors.rejectValue(field, "invalid", e.getMessage());
			return null;
		}
	}
}

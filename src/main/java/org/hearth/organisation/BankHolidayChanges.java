package org.hearth.organisation;

import java.time.LocalDate;

import org.hearth.audit.AuditLog;
import org.hearth.audit.AuditRecord;
import org.hearth.audit.AuditScope;
import org.hearth.calendar.BankHolidayList;
import org.hearth.calendar.BankHolidays.BankHoliday;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The administrator's changes to the bank holiday list, each audited. */
@Service
@Transactional
public class BankHolidayChanges {

	private final BankHolidayList list;

	private final AuditLog audit;

	BankHolidayChanges(BankHolidayList list, AuditLog audit) {
		this.list = list;
		this.audit = audit;
	}

	/** @throws org.hearth.calendar.BankHolidayRefused naming the field and the reason */
	public BankHoliday add(LocalDate date, String title, String by) {
		BankHoliday added = list.add(date, title, by);
		audit.record(AuditRecord.created(AuditScope.administration(), "bank-holiday", date.toString(), "Bank holiday added",
				added.title()));
		return added;
	}

	/** @throws org.hearth.calendar.BankHolidayRefused naming the field and the reason */
	public BankHoliday remove(LocalDate date) {
		BankHoliday removed = list.remove(date);
		audit.record(AuditRecord.deleted(AuditScope.administration(), "bank-holiday", date.toString(), "Bank holiday removed",
				removed.title()));
		return removed;
	}
}

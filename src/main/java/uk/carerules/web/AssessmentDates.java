package uk.carerules.web;

import jakarta.inject.Singleton;

import java.time.Clock;
import java.time.LocalDate;

/** An assessment date must be one a real assessment could carry: not in the future, not before community care law. */
@Singleton
public class AssessmentDates {

    /** The NHS and Community Care Act 1990 came fully into force on this day; nothing here is older. */
    public static final LocalDate EARLIEST = LocalDate.of(1993, 4, 1);

    private final Clock clock;

    public AssessmentDates(Clock clock) {
        this.clock = clock;
    }

    public void check(LocalDate date, String field) {
        LocalDate today = LocalDate.now(clock);
        if (date.isAfter(today)) {
            throw BadRequestException.field(field, date + " is in the future; an assessment date must be on or before " + today);
        }
        if (date.isBefore(EARLIEST)) {
            throw BadRequestException.field(field, date + " is not a plausible assessment date; it must be on or after " + EARLIEST);
        }
    }
}

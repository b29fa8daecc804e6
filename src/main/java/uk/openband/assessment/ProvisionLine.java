package uk.openband.assessment;

import java.math.BigDecimal;

/** One line of the costed provision summary: a type of support, hours and cost per week. */
public record ProvisionLine(String supportType, BigDecimal hoursPerWeek, BigDecimal costPerWeek) {
}

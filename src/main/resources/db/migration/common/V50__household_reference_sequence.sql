-- Household references come from one sequence, so enquiries arriving together never share a number.
CREATE SEQUENCE household_reference_numbers START WITH 1;

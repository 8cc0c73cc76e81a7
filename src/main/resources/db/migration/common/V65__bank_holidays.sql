-- The England-and-Wales bank holidays that working days are counted with. Hearth seeds the table
-- from its published list when the table is empty; after that an administrator maintains it
-- (Administration > Bank holidays), adding each new year's holidays when GOV.UK publishes them.
CREATE TABLE bank_holiday (
  holiday_on  DATE          NOT NULL,
  title       VARCHAR(100)  NOT NULL,
  added_by    VARCHAR(100)  NOT NULL,
  added_at    TIMESTAMP WITH TIME ZONE NOT NULL,
  CONSTRAINT bank_holiday_pk PRIMARY KEY (holiday_on)
);

-- The DfE's adoption scorecard performance thresholds, as dated settings: a threshold applies to the
-- periods ending on or after applies_from, until a later one. An administrator adds a row when the
-- DfE publishes new thresholds. The 426 and 121 day figures for the 14-month and 4-month thresholds are
-- month-to-day conversions no published source states.
CREATE TABLE scorecard_threshold (
  measure       VARCHAR(4)   NOT NULL,
  applies_from  DATE         NOT NULL,
  threshold_days INTEGER     NOT NULL,
  source        VARCHAR(200) NOT NULL,
  CONSTRAINT scorecard_threshold_pk PRIMARY KEY (measure, applies_from)
);

INSERT INTO scorecard_threshold (measure, applies_from, threshold_days, source) VALUES
  ('A1', DATE '2012-03-31', 639, 'Introduced 2012 (21 months)'),
  ('A1', DATE '2014-03-31', 547, '2014 threshold (18 months)'),
  ('A1', DATE '2015-03-31', 487, '2015 threshold (16 months)'),
  ('A1', DATE '2016-03-31', 426, '2013-16 three-year average: 14 months (day figure unconfirmed)'),
  ('A2', DATE '2012-03-31', 213, 'Introduced 2012 (7 months)'),
  ('A2', DATE '2014-03-31', 182, '2014 threshold (6 months)'),
  ('A2', DATE '2015-03-31', 152, '2015 threshold (5 months)'),
  ('A2', DATE '2016-03-31', 121, '2013-16 three-year average: 4 months (day figure unconfirmed)'),
  ('A10', DATE '2012-03-31', 639, 'As A1: introduced 2012 (21 months)'),
  ('A10', DATE '2014-03-31', 547, 'As A1: 2014 threshold (18 months)'),
  ('A10', DATE '2015-03-31', 487, 'As A1: 2015 threshold (16 months)'),
  ('A10', DATE '2016-03-31', 426, 'As A1: 14 months (day figure unconfirmed)');

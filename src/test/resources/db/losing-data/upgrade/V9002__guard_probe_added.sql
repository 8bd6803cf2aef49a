-- DataLossGuardTest: a harmless change that must not be applied while a later migration of the same upgrade is refused.
alter table guard_probe add column added text;

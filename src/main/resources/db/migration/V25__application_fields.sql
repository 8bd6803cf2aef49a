-- The recognition application as Circular 18/2013/TT-BKHCN (Appendix I) lists it (issue 11, section 2): each
-- author's workplace, title and qualification; the investor when not the author; the field of application; and
-- what must stay confidential, which only the authors and the reviewers of the initiative's unit read
-- (initiative.InitiativeAccess). Nullable: the rows written before stay valid; the sizes are InitiativeContent's.
alter table contributor
    add column workplace     varchar(255),
    add column job_title     varchar(255),
    add column qualification varchar(255);

alter table initiative
    add column investor             varchar(500),
    add column field_of_application varchar(1000),
    add column confidential_content varchar(8000);

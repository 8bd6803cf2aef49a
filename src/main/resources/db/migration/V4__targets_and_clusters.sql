-- Emulation clusters and blocs of the units directly under VGCL (R-7.1, R-7.2): data the Office manages.
create table emulation_cluster (
    code varchar(32)  primary key,
    name varchar(255) not null,
    kind varchar(10)  not null check (kind in ('CLUSTER', 'BLOC'))
);

alter table unit
    add column kind         varchar(20) check (kind in ('PROVINCE', 'SECTOR', 'CORPORATE')),
    add column cluster_code varchar(32) references emulation_cluster (code);
create index unit_cluster on unit (cluster_code);

-- R-4.4: each level sets targets for its sub-units, per phase (PHASE_1, PHASE_2) or per quarter (2022-Q1).
create table target (
    unit_code        varchar(32) not null references unit (code),
    period           varchar(16) not null,
    initiative_count integer     not null check (initiative_count >= 0),
    set_by           varchar(255) not null,
    set_at           timestamptz not null,
    primary key (unit_code, period)
);

-- R-7.1: uploads counted per quarter too (quarter of the upload, Asia/Ho_Chi_Minh), like the phase totals.
create table unit_quarter_total (
    unit_code        varchar(32) not null references unit (code),
    quarter          varchar(7)  not null,
    initiative_count bigint      not null default 0,
    primary key (unit_code, quarter)
);

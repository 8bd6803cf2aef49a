-- DataLossGuardTest: drops the note column; refused while a row has a note.
alter table guard_probe drop column note;

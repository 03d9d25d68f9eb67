-- The agencies of the demo realm's staff, so the demo applicant can submit on the web. Applied only when the launcher
-- runs the demo realm (it adds this location); a real deployment's administrators enter their own agency.
insert into agency (code, name, updated_at, updated_by)
values ('A', '示例市甲区人民政府办公室', now(), 'demo'),
       ('B', '示例市乙区人民政府办公室', now(), 'demo')
on conflict (code) do nothing;

-- A signatory's signature or logo image: the path as the campaign bundle names it, relative to the
-- bundle folder (e.g. images/hrw.png). NULL when the signatory has none; the image itself stays a
-- file beside the bundle.
ALTER TABLE signatory ADD COLUMN signature_image TEXT;

"""What several pages share: plain-text labels (``plain``), how values read
(``format``), table looks and models (``tables``, ``table_models``), the forms that wait
for the vendor (``sending_form``, ``confirm``), PDF writing, the banner and the status
bar, room measured from the font (``fit``) and icons with a picture for every screen
(``icons``, ``eye_icon``). May import no page folder."""

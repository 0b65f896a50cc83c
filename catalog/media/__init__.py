"""Picture files: recognised by content, opened safely, decoded once, their EXIF, IPTC IIM and XMP read and
reconciled (MWG), and corrected metadata written back without re-encoding. Pure: bytes in, values out."""

"""What a question asks: its kind, glossary stand-ins, the letters, periods and paragraphs it names, constraints."""

"""The Gradio chat staff use: answers with clickable citations, the letter open in place."""

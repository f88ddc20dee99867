"""Forms that are not filters: the analyser's text box."""

from django import forms

ANALYSE_LIMIT = 100_000


class AnalyseForm(forms.Form):
    text = forms.CharField(
        label="Article text",
        max_length=ANALYSE_LIMIT,
        help_text=f"The headline on the first line, then the paragraphs; up to "
        f"{ANALYSE_LIMIT:,} characters. Nothing is saved.",
        widget=forms.Textarea(attrs={"rows": 16, "spellcheck": "false"}),
        error_messages={
            "required": "Paste the text of an article to analyse.",
            "max_length": "That is %(show_value)s characters; the analyser takes up to "
            "%(limit_value)s. Paste a shorter text.",
        },
    )

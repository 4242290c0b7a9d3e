"""Vietnamese dates and numbers (babel), with the fixed forms Decree 30/2020 prescribes."""

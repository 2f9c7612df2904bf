"""The program itself: its folders, the user profile, the clock, the log, shipped data."""

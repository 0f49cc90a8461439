"""Streamlit pages and components; ``streamlit_app.py`` at the repository root only wires them."""

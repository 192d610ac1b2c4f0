"""The library room: importing papers, their bilag, and settling what an import changed."""

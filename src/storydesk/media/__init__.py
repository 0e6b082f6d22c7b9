"""Story images: validation, orientation, thumbnails, export copies, content-addressed storage.

Built on Pillow only. :mod:`storydesk.media.store` holds :func:`inspect_image`, which refuses
anything that is not a whole JPEG, PNG, GIF or WebP picture within the size limits, and
:class:`MediaStore`, which keeps accepted images under their SHA-256.
"""

"""
A Django app with the ``newsmodel`` template tag library.

Install with ``pip install newsmodel[django]``, add ``"newsmodel.integrations.django"``
to ``INSTALLED_APPS``, then in a template::

    {% load newsmodel %}
    {% newsmodel_jsonld article %}
    {% newsmodel_article article %}

.. versionadded:: 0.1
"""

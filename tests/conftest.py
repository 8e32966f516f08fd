"""Hypothesis profiles: ``dev`` by default, ``ci`` in .ci/run, ``thorough`` on demand."""

import os

from hypothesis import HealthCheck, settings

# The machine running tests is often shared and busy: slow generation is not a bug.
settings.register_profile("dev", max_examples=25, suppress_health_check=[HealthCheck.too_slow])
settings.register_profile(
    "ci",
    max_examples=200,
    deadline=None,
    print_blob=True,
    suppress_health_check=[HealthCheck.too_slow],
)
settings.register_profile("thorough", max_examples=2000, deadline=None)
# CI=true (set by CI) selects the ci profile, so CI runs the same command as README.
settings.load_profile(os.getenv("HYPOTHESIS_PROFILE", "ci" if os.getenv("CI") else "dev"))

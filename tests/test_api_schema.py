"""Schemathesis sends requests generated from the OpenAPI schema to a live server: whatever
the schema allows, the API answers without a server error and as the schema describes."""

import pytest
import schemathesis
from hypothesis import HealthCheck, given
from hypothesis import settings as hypothesis_settings
from schemathesis.specs.openapi.checks import positive_data_acceptance

pytestmark = pytest.mark.django_db(transaction=True)

# Bounded: well under a minute for every operation together on two cores.
EXAMPLES_PER_OPERATION = 25


def test_every_generated_request_is_answered_as_the_schema_says(live_server, world, settings):
    settings.API_RATE = "100000/min"
    schema = schemathesis.openapi.from_url(f"{live_server.url}/api/schema/?format=json")
    operations = [result.ok() for result in schema.get_all_operations()]
    assert len(operations) == 8  # a list and a record for each of the four kinds

    for operation in operations:

        @given(case=operation.as_strategy())
        @hypothesis_settings(
            max_examples=EXAMPLES_PER_OPERATION,
            deadline=None,
            suppress_health_check=list(HealthCheck),
            database=None,
        )
        def answered_as_described(case):
            # A value the form fields refuse (a NUL, a date past 9999) is a 400 naming it,
            # which the schema's plain "string" cannot say; every other check applies.
            response = case.call_and_validate(excluded_checks=[positive_data_acceptance])
            assert response.status_code < 500

        answered_as_described()

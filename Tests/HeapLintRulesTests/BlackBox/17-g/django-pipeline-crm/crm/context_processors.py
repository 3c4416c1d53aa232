from django.conf import settings


def analytics(request):
    """Expose analytics settings to every template."""
    return {
        "HEAP_APP_ID": settings.HEAP_APP_ID,
        "RELEASE_TAG": settings.RELEASE_TAG,
        "DEBUG": settings.DEBUG,
    }

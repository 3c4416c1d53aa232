from django.conf import settings


def analytics(request):
    """Expose the Heap app id to every template."""
    return {
        "HEAP_APP_ID": settings.HEAP_APP_ID,
        "HEAP_ENABLED": bool(settings.HEAP_APP_ID),
    }

from django.conf import settings


def heap(request):
    """Expose the Heap app id and a small user blob to every template."""
    user = request.user
    blob = None
    if user.is_authenticated:
        blob = {"id": user.pk, "email": user.email}
    return {"HEAP_APP_ID": settings.HEAP_APP_ID, "lms_user": blob}

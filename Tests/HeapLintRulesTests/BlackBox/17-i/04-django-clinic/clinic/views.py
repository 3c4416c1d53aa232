from django.contrib.auth.decorators import login_required
from django.shortcuts import render

from .models import Appointment, Campaign


@login_required
def dashboard(request):
    upcoming = Appointment.objects.filter(patient=request.user).order_by("starts_at")[:5]
    return render(request, "portal/dashboard.html", {"appointments": upcoming})


@login_required
def profile(request):
    return render(request, "portal/profile.html", {"profile": request.user.profile})


def intake(request):
    # open to walk-in patients too, so no login_required here
    return render(request, "portal/intake_form.html", {})


def telehealth_landing(request):
    campaign = Campaign.objects.filter(slug=request.GET.get("c")).first()
    return render(request, "landing/telehealth.html", {"campaign": campaign})

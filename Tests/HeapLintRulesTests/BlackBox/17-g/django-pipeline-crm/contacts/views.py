from django.contrib.auth.decorators import login_required
from django.core.paginator import Paginator
from django.shortcuts import get_object_or_404, render

from .models import Contact, Organization


@login_required
def contact_list(request):
    contacts = Contact.objects.filter(owner__team=request.user.profile.team).order_by("-updated_at")
    page_obj = Paginator(contacts, 50).get_page(request.GET.get("page"))
    deals = [{"id": d.pk, "name": d.name, "amount": float(d.amount)} for d in request.user.profile.open_deals()]
    return render(request, "contacts/list.html", {"page_obj": page_obj, "deals": deals})


@login_required
def contact_detail(request, pk):
    contact = get_object_or_404(Contact, pk=pk)
    return render(request, "contacts/detail.html", {"contact": contact})


def pricing(request):
    return render(request, "public/pricing.html")


def contact_us(request):
    return render(request, "public/contact_us.html")


def portal_home(request, org_slug):
    org = get_object_or_404(Organization, slug=org_slug)
    return render(request, "portal/home.html", {"org": org})

from flask import Blueprint, abort, current_app, render_template
from flask_login import current_user, login_required

from .models import Notebook, Team

bp = Blueprint("main", __name__)


@bp.app_context_processor
def inject_heap():
    return {"heap_app_id": current_app.config["HEAP_APP_ID"]}


@bp.route("/")
@login_required
def dashboard():
    notebooks = Notebook.query.filter_by(workspace_id=current_user.workspace_id).all()
    return render_template("dashboard.html", notebooks=notebooks)


@bp.route("/embed/<int:notebook_id>")
def embed(notebook_id):
    notebook = Notebook.query.get_or_404(notebook_id)
    if not notebook.public:
        abort(404)
    return render_template("embed/widget.html", notebook=notebook)


@bp.route("/teams/<int:team_id>/settings")
@login_required
def team_settings(team_id):
    team = Team.query.get_or_404(team_id)
    return render_template("teams/settings.html", team=team)

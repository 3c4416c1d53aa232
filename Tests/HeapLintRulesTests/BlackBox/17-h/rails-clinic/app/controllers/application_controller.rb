class ApplicationController < ActionController::Base
  before_action :authenticate_user!, unless: :patient_portal?
  helper_method :heap_app_id

  private

  def heap_app_id
    Rails.application.credentials.dig(:heap, :app_id)
  end

  def patient_portal?
    request.path.start_with?("/portal")
  end
end

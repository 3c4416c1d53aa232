class ApplicationController < ActionController::Base
  before_action :set_current_account

  helper_method :current_user, :user_signed_in?

  private

  def current_user
    @current_user ||= User.find_by(id: session[:user_id])
  end

  def user_signed_in?
    current_user.present?
  end

  def set_current_account
    Current.account = current_user&.account
  end
end

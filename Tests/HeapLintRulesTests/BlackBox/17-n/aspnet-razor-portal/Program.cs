using Acme.Portal.Auth;
using Acme.Portal.Billing;
using Microsoft.AspNetCore.Authentication.Cookies;

var builder = WebApplication.CreateBuilder(args);

builder.Services.Configure<HeapOptions>(builder.Configuration.GetSection("Heap"));
builder.Services
    .AddAuthentication(CookieAuthenticationDefaults.AuthenticationScheme)
    .AddCookie(options =>
    {
        options.LoginPath = "/Account/SignIn";
        options.LogoutPath = "/Account/SignOut";
    });
builder.Services.AddAuthorization();
builder.Services.AddRazorPages(options =>
{
    options.Conventions.AuthorizeFolder("/Billing");
    options.Conventions.AuthorizeFolder("/Account/Security");
});
builder.Services.AddScoped<IPasscodeService, PasscodeService>();
builder.Services.AddScoped<IInvoiceStore, InvoiceStore>();

var app = builder.Build();

if (!app.Environment.IsDevelopment())
{
    app.UseExceptionHandler("/Error");
    app.UseHsts();
}

app.UseHttpsRedirection();
app.UseStaticFiles();
app.UseRouting();
app.UseAuthentication();
app.UseAuthorization();
app.MapRazorPages();
app.MapPasscodeEndpoints();
app.MapSupportChatEndpoints();

app.Run();

public sealed class HeapOptions
{
    public string AppId { get; set; } = "";
    public string? MarketingAppId { get; set; }
}

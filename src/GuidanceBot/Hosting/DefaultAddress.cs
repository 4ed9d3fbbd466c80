namespace GuidanceBot.Hosting;

public static class DefaultAddress
{
    /// <summary>The Bot Framework convention (emulator, samples): http://localhost:3978.</summary>
    public const string Url = "http://localhost:3978";

    /// <summary>Listen on <see cref="Url"/> unless --urls, ASPNETCORE_URLS or configuration names another address.</summary>
    public static WebApplicationBuilder UseBotFrameworkDefaultAddress(this WebApplicationBuilder builder)
    {
        if (string.IsNullOrEmpty(builder.Configuration[WebHostDefaults.ServerUrlsKey]) &&
            string.IsNullOrEmpty(builder.Configuration["ASPNETCORE_URLS"]) &&
            string.IsNullOrEmpty(builder.Configuration["HTTP_PORTS"]))
        {
            builder.WebHost.UseUrls(Url);
        }

        return builder;
    }
}

using System.Net;
using System.Text.RegularExpressions;
using GuidanceBot.Admin.Auth;

namespace GuidanceBot.Tests.Support;

/// <summary>
/// A browser-like client for /admin over plain HTTP: keeps cookies itself (the admin cookies are Secure, which
/// HttpClient's cookie container would not send to http://127.0.0.1), never follows redirects, and reads the
/// anti-forgery token from the last page.
/// </summary>
public sealed partial class AdminClient(BotHost host) : IDisposable
{
    public const string Password = "correct horse battery";

    private readonly HttpClient _http = new(new HttpClientHandler { UseCookies = false, AllowAutoRedirect = false }) { BaseAddress = host.BaseAddress };
    private readonly Dictionary<string, string> _cookies = new(StringComparer.Ordinal);

    public IReadOnlyList<string> SetCookieHeaders { get; private set; } = [];

    /// <summary>Settings for one local account per role: trainer1, coordinator1, admin1, all with <see cref="Password"/>.</summary>
    public static Dictionary<string, string?> AccountSettings(params string[] roles)
    {
        var settings = new Dictionary<string, string?>();
        var hash = LocalAccounts.Hash(Password);
        for (var i = 0; i < roles.Length; i++)
        {
            settings[$"Admin:Users:{i}:UserName"] = roles[i] + "1";
            settings[$"Admin:Users:{i}:PasswordHash"] = hash;
            settings[$"Admin:Users:{i}:Roles:0"] = roles[i];
        }

        return settings;
    }

    public async Task<HttpResponseMessage> GetAsync(string path) => await SendAsync(new HttpRequestMessage(HttpMethod.Get, path));

    /// <summary>Posts a form, with the anti-forgery token of the page last fetched unless <paramref name="withToken"/> is false.</summary>
    public async Task<HttpResponseMessage> PostAsync(string path, IDictionary<string, string> fields, bool withToken = true)
    {
        var form = new Dictionary<string, string>(fields);
        if (withToken && LastToken is { } token)
        {
            form["__RequestVerificationToken"] = token;
        }

        return await SendAsync(new HttpRequestMessage(HttpMethod.Post, path) { Content = new FormUrlEncodedContent(form) });
    }

    public string? LastToken { get; private set; }

    public async Task<HttpResponseMessage> SignInAsync(string userName, string password = Password)
    {
        (await GetAsync("/admin/signin")).EnsureSuccessStatusCode();
        return await PostAsync("/admin/signin", new Dictionary<string, string> { ["userName"] = userName, ["password"] = password, ["returnUrl"] = "/admin" });
    }

    public async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request)
    {
        if (_cookies.Count > 0)
        {
            request.Headers.Add("Cookie", string.Join("; ", _cookies.Select(cookie => $"{cookie.Key}={cookie.Value}")));
        }

        var response = await _http.SendAsync(request);
        SetCookieHeaders = response.Headers.TryGetValues("Set-Cookie", out var values) ? values.ToList() : [];
        foreach (var header in SetCookieHeaders)
        {
            var pair = header.Split(';')[0].Split('=', 2);
            if (pair[1].Length == 0 || header.Contains("expires=Thu, 01 Jan 1970", StringComparison.OrdinalIgnoreCase))
            {
                _cookies.Remove(pair[0]);
            }
            else
            {
                _cookies[pair[0]] = pair[1];
            }
        }

        if (response.Content.Headers.ContentType?.MediaType == "text/html")
        {
            var html = await response.Content.ReadAsStringAsync();
            if (TokenField().Match(html) is { Success: true } match)
            {
                LastToken = WebUtility.HtmlDecode(match.Groups[1].Value);
            }
        }

        return response;
    }

    public void Dispose() => _http.Dispose();

    [GeneratedRegex("name=\"__RequestVerificationToken\" value=\"([^\"]+)\"")]
    private static partial Regex TokenField();
}

using System.Security.Claims;
using System.Security.Cryptography;
using System.Text;
using System.Text.Encodings.Web;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Options;
using Microsoft.Net.Http.Headers;

namespace GoAdoption.Api.Security;

/// <summary>
/// <c>Authorization: Bearer &lt;key&gt;</c> against the configured keys (see <see cref="ApiKeyOptions"/>). The key sent is
/// hashed and compared with every configured hash in constant time, so neither the time taken nor an early exit tells
/// a guesser how close a key came. Reads need no key; a request without one is anonymous, not refused.
/// </summary>
internal sealed class ApiKeyAuthenticationHandler(
    IOptionsMonitor<AuthenticationSchemeOptions> schemeOptions,
    IOptions<ApiKeyOptions> keys,
    IProblemDetailsService problems,
    ILoggerFactory loggerFactory,
    UrlEncoder encoder)
    : AuthenticationHandler<AuthenticationSchemeOptions>(schemeOptions, loggerFactory, encoder)
{
    public const string SchemeName = "ApiKey";
    public const string ScopeClaim = "scope";

    private const string Challenge = "Bearer realm=\"GoAdoption\"";

    protected override Task<AuthenticateResult> HandleAuthenticateAsync()
    {
        if (!Request.Headers.TryGetValue(HeaderNames.Authorization, out var header))
            return Task.FromResult(AuthenticateResult.NoResult());

        var value = header.ToString();
        const string prefix = "Bearer ";
        if (!value.StartsWith(prefix, StringComparison.OrdinalIgnoreCase) || value.Length == prefix.Length)
            return Task.FromResult(AuthenticateResult.Fail("The Authorization header must be 'Bearer <key>'."));

        var presented = SHA256.HashData(Encoding.UTF8.GetBytes(value[prefix.Length..].Trim()));
        ApiKeyEntry? match = null;
        foreach (var key in keys.Value.Keys)
        {
            // Every key is compared, whichever matches.
            if (CryptographicOperations.FixedTimeEquals(presented, Convert.FromHexString(key.Hash)))
                match = key;
        }
        if (match is null)
            return Task.FromResult(AuthenticateResult.Fail("The key is not one this API knows."));

        var identity = new ClaimsIdentity(
            [new Claim(ClaimTypes.Name, match.Name), .. match.Scopes.Select(s => new Claim(ScopeClaim, s))], SchemeName);
        return Task.FromResult(AuthenticateResult.Success(new AuthenticationTicket(new ClaimsPrincipal(identity), SchemeName)));
    }

    protected override async Task HandleChallengeAsync(AuthenticationProperties properties)
    {
        var failure = (await HandleAuthenticateOnceSafeAsync()).Failure?.Message;
        // RFC 6750: a missing credential gets the bare challenge, a wrong one says so.
        Response.Headers.WWWAuthenticate = failure is null ? Challenge : $"{Challenge}, error=\"invalid_token\"";
        await WriteProblemAsync(StatusCodes.Status401Unauthorized, "Unauthorized",
            failure ?? "Changing the catalog needs an API key: send 'Authorization: Bearer <key>'.");
    }

    protected override Task HandleForbiddenAsync(AuthenticationProperties properties) =>
        WriteProblemAsync(StatusCodes.Status403Forbidden, "Forbidden",
            $"The key '{Context.User.Identity?.Name}' may read only; changing the catalog needs a key with the '{ApiScopes.Write}' scope.");

    private async Task WriteProblemAsync(int status, string title, string detail)
    {
        Response.StatusCode = status;
        var problem = new ProblemDetails { Status = status, Title = title, Detail = detail };
        problem.Extensions["errors"] = new Dictionary<string, string[]> { [HeaderNames.Authorization] = [detail] };
        await problems.WriteAsync(new ProblemDetailsContext { HttpContext = Context, ProblemDetails = problem });
    }
}

internal static class ApiKeyAuthenticationExtensions
{
    /// <summary>API keys, and the policy that routes changing the catalog require (<see cref="ApiScopes.WritePolicy"/>).</summary>
    public static IServiceCollection AddApiKeys(this IServiceCollection services)
    {
        services.AddOptions<ApiKeyOptions>().BindConfiguration(ApiKeyOptions.Section).ValidateOnStart();
        services.AddSingleton<IValidateOptions<ApiKeyOptions>, ValidateApiKeyOptions>();
        services.AddAuthentication(ApiKeyAuthenticationHandler.SchemeName)
            .AddScheme<AuthenticationSchemeOptions, ApiKeyAuthenticationHandler>(ApiKeyAuthenticationHandler.SchemeName, null);
        services.AddAuthorizationBuilder()
            .AddPolicy(ApiScopes.WritePolicy, policy => policy
                .RequireAuthenticatedUser()
                .RequireClaim(ApiKeyAuthenticationHandler.ScopeClaim, ApiScopes.Write));
        return services;
    }

    /// <summary>A new random key (256 bits, URL-safe) and the hash configuration keeps of it.</summary>
    public static (string Key, string Hash) NewKey()
    {
        var key = "goa_" + Base64UrlEncode(RandomNumberGenerator.GetBytes(32));
        return (key, Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(key))));
    }

    private static string Base64UrlEncode(byte[] bytes) => Convert.ToBase64String(bytes).TrimEnd('=').Replace('+', '-').Replace('/', '_');
}

using System.Globalization;
using System.Net;
using System.Threading.RateLimiting;
using Microsoft.AspNetCore.HttpOverrides;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.Extensions.Options;

namespace GoAdoption.Api.Infrastructure;

/// <summary>What one client may cost, bound from <c>RateLimits</c> (all per client unless said).</summary>
public sealed class RateLimitOptions
{
    public const string Section = "RateLimits";

    /// <summary>Requests a client may send at once, on any route: the token bucket's size.</summary>
    public int Burst { get; set; } = 200;

    /// <summary>Requests per second a client may keep sending: the bucket's refill.</summary>
    public int RequestsPerSecond { get; set; } = 100;

    /// <summary>Simulations (simulate, replay) one client may run at once.</summary>
    public int SimulationsPerClient { get; set; } = 1;

    /// <summary>Simulations the whole server runs at once; the rest wait in the queue below or are refused.</summary>
    public int Simulations { get; set; } = Math.Max(1, Environment.ProcessorCount / 2);

    /// <summary>Simulations waiting for a slot, server-wide (and one per client); beyond it, 429.</summary>
    public int SimulationQueue { get; set; } = 8;

    /// <summary>
    /// Requests one replay may simulate in all, over every scenario it selects and their calibration runs; a replay
    /// that needs more is refused (422) before it starts when its reported runs alone exceed it, or when it gets there.
    /// </summary>
    public long MaxSimulatedRequestsPerCall { get; set; } = 50_000_000;

    /// <summary>Proxies (IP addresses) whose <c>X-Forwarded-For</c> names the client; from anyone else it is ignored.</summary>
    public List<string> KnownProxies { get; set; } = [];
}

/// <summary>
/// ASP.NET Core rate limiting, partitioned by client: the API key's holder when a valid key is sent, else the remote
/// address (taken from <c>X-Forwarded-For</c> only when the direct peer is a configured proxy). Every route draws from
/// the client's token bucket; simulate and replay also take one of the client's simulation slots and one of the
/// server's, waiting in a short queue. A refused request is a 429 problem document with <c>Retry-After</c>.
/// </summary>
internal static class RateLimits
{
    /// <summary>Policy of the routes that run the queueing simulator.</summary>
    public const string Simulations = "simulations";

    public static IServiceCollection AddRateLimits(this IServiceCollection services)
    {
        services.AddOptions<RateLimitOptions>().BindConfiguration(RateLimitOptions.Section)
            .Validate(o => o.MaxSimulatedRequestsPerCall > 0, "RateLimits:MaxSimulatedRequestsPerCall must be positive.")
            .Validate(o => o.Burst > 0 && o.RequestsPerSecond > 0 && o.SimulationsPerClient > 0 && o.Simulations > 0 && o.SimulationQueue >= 0,
                "RateLimits: Burst, RequestsPerSecond, SimulationsPerClient and Simulations must be positive, SimulationQueue 0 or more.")
            .Validate(o => o.KnownProxies.All(p => IPAddress.TryParse(p, out _)), "RateLimits:KnownProxies must list IP addresses.")
            .ValidateOnStart();

        services.AddOptions<ForwardedHeadersOptions>().Configure<IOptions<RateLimitOptions>>((forwarded, limits) =>
        {
            forwarded.ForwardedHeaders = ForwardedHeaders.XForwardedFor;
            // Loopback is trusted by default; only the configured proxies are (see UseRateLimits when there are none).
            forwarded.KnownProxies.Clear();
            forwarded.KnownIPNetworks.Clear();
            foreach (var proxy in limits.Value.KnownProxies)
                forwarded.KnownProxies.Add(IPAddress.Parse(proxy));
        });

        // One limiter for the whole server's simulations, shared by every client's requests.
        services.AddSingleton(services => new ServerSimulations(services.GetRequiredService<IOptions<RateLimitOptions>>().Value));

        services.AddRateLimiter(options =>
        {
            options.GlobalLimiter = PartitionedRateLimiter.Create<HttpContext, string>(context =>
            {
                var limits = context.RequestServices.GetRequiredService<IOptions<RateLimitOptions>>().Value;
                return RateLimitPartition.GetTokenBucketLimiter(ClientOf(context), _ => new TokenBucketRateLimiterOptions
                {
                    TokenLimit = limits.Burst,
                    TokensPerPeriod = limits.RequestsPerSecond,
                    ReplenishmentPeriod = TimeSpan.FromSeconds(1),
                    QueueLimit = 0,
                    AutoReplenishment = true,
                });
            });
            options.AddPolicy(Simulations, context =>
            {
                var limits = context.RequestServices.GetRequiredService<IOptions<RateLimitOptions>>().Value;
                return RateLimitPartition.Get(ClientOf(context), _ => new ChainedSimulationLimiter(
                    new ConcurrencyLimiter(new ConcurrencyLimiterOptions
                    {
                        PermitLimit = limits.SimulationsPerClient,
                        QueueLimit = 1,
                        QueueProcessingOrder = QueueProcessingOrder.OldestFirst,
                    }),
                    context.RequestServices.GetRequiredService<ServerSimulations>().Limiter));
            });
            options.OnRejected = RejectAsync;
        });
        return services;
    }

    public static IApplicationBuilder UseRateLimits(this IApplicationBuilder app)
    {
        // With no known proxy the middleware would believe every sender (it checks proxies only when some are listed),
        // so without one it is not used at all and a client is its own address.
        if (app.ApplicationServices.GetRequiredService<IOptions<RateLimitOptions>>().Value.KnownProxies.Count > 0)
            app.UseForwardedHeaders();
        return app.UseRateLimiter();
    }

    private static string ClientOf(HttpContext context) =>
        context.User.Identity is { IsAuthenticated: true, Name: { } name }
            ? "key:" + name
            : "ip:" + (context.Connection.RemoteIpAddress?.ToString() ?? "unknown");

    private static async ValueTask RejectAsync(OnRejectedContext rejected, CancellationToken cancellationToken)
    {
        var context = rejected.HttpContext;
        var simulation = context.GetEndpoint()?.Metadata.GetMetadata<EnableRateLimitingAttribute>()?.PolicyName == Simulations;
        var retryAfter = rejected.Lease.TryGetMetadata(MetadataName.RetryAfter, out var after)
            ? Math.Max(1, (int)Math.Ceiling(after.TotalSeconds))
            : 1;
        context.Response.StatusCode = StatusCodes.Status429TooManyRequests;
        context.Response.Headers.RetryAfter = retryAfter.ToString(CultureInfo.InvariantCulture);
        var problem = new ProblemDetails
        {
            Status = StatusCodes.Status429TooManyRequests,
            Title = "Too many requests",
            Detail = simulation
                ? "Simulations are running for this client or fill the server's queue; retry after the time Retry-After gives."
                : "This client sent more requests than RateLimits allows; retry after the time Retry-After gives.",
        };
        await context.RequestServices.GetRequiredService<IProblemDetailsService>()
            .WriteAsync(new ProblemDetailsContext { HttpContext = context, ProblemDetails = problem });
    }

    /// <summary>The server-wide slots for simulations.</summary>
    internal sealed class ServerSimulations(RateLimitOptions limits) : IDisposable
    {
        public ConcurrencyLimiter Limiter { get; } = new(new ConcurrencyLimiterOptions
        {
            PermitLimit = limits.Simulations,
            QueueLimit = limits.SimulationQueue,
            QueueProcessingOrder = QueueProcessingOrder.OldestFirst,
        });

        public void Dispose() => Limiter.Dispose();
    }

    /// <summary>
    /// A client's slot, then one of the server's; the lease holds both. Built on each client's own limiter, with the
    /// server's shared, so one client cannot take every server slot and every client still waits its turn.
    /// </summary>
    private sealed class ChainedSimulationLimiter(ConcurrencyLimiter client, ConcurrencyLimiter server) : RateLimiter
    {
        public override TimeSpan? IdleDuration => client.IdleDuration;

        public override RateLimiterStatistics? GetStatistics() => client.GetStatistics();

        protected override RateLimitLease AttemptAcquireCore(int permitCount)
        {
            var first = client.AttemptAcquire(permitCount);
            if (!first.IsAcquired)
                return first;
            var second = server.AttemptAcquire(permitCount);
            if (second.IsAcquired)
                return new Both(first, second);
            first.Dispose();
            return second;
        }

        protected override async ValueTask<RateLimitLease> AcquireAsyncCore(int permitCount, CancellationToken cancellationToken)
        {
            var first = await client.AcquireAsync(permitCount, cancellationToken);
            if (!first.IsAcquired)
                return first;
            try
            {
                var second = await server.AcquireAsync(permitCount, cancellationToken);
                if (second.IsAcquired)
                    return new Both(first, second);
                first.Dispose();
                return second;
            }
            catch
            {
                first.Dispose();
                throw;
            }
        }

        protected override void Dispose(bool disposing)
        {
            if (disposing)
                client.Dispose();
            base.Dispose(disposing);
        }

        private sealed class Both(RateLimitLease first, RateLimitLease second) : RateLimitLease
        {
            public override bool IsAcquired => true;

            public override IEnumerable<string> MetadataNames => [];

            public override bool TryGetMetadata(string metadataName, out object? metadata)
            {
                metadata = null;
                return false;
            }

            protected override void Dispose(bool disposing)
            {
                if (disposing)
                {
                    second.Dispose();
                    first.Dispose();
                }
                base.Dispose(disposing);
            }
        }
    }
}

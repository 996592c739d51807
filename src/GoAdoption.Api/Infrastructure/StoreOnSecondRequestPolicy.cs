using Microsoft.AspNetCore.OutputCaching;

namespace GoAdoption.Api.Infrastructure;

/// <summary>
/// Output-cache admission: a response is stored only when its URL is asked for a second time, as nginx's
/// <c>proxy_cache_min_uses 2</c> does. Storing a response costs a quarter of an uncached list request (the output cache
/// buffers the body in a fresh 128 KiB array, copies it into the store, and evicts older entries when full), and most
/// URLs with a filter, a page number or a client's own parameter are asked for once; those one-off responses would
/// only have pushed reused ones out of the cache. The first request of a URL is answered afresh without that cost, the
/// second is stored and every later one is served from memory. Lookups are unaffected.
/// </summary>
/// <remarks>
/// URLs are remembered by hash in a fixed table, so memory stays bounded under any traffic: a URL whose slot another
/// one took since its last request counts as new, which only delays its storage by one request.
/// </remarks>
internal sealed class StoreOnSecondRequestPolicy : IOutputCachePolicy
{
    private const int Slots = 1 << 16;

    private readonly int[] _seen = new int[Slots];

    ValueTask IOutputCachePolicy.CacheRequestAsync(OutputCacheContext context, CancellationToken cancellation)
    {
        if (!SeenBefore(context.HttpContext.Request))
            context.AllowCacheStorage = false;
        return ValueTask.CompletedTask;
    }

    ValueTask IOutputCachePolicy.ServeFromCacheAsync(OutputCacheContext context, CancellationToken cancellation) => ValueTask.CompletedTask;

    ValueTask IOutputCachePolicy.ServeResponseAsync(OutputCacheContext context, CancellationToken cancellation) => ValueTask.CompletedTask;

    /// <summary>Whether the URL was requested since its slot last changed hands; records it either way.</summary>
    private bool SeenBefore(HttpRequest request)
    {
        // Never 0, which marks an empty slot. Concurrent writers may race on a slot: the loser's URL counts as new once.
        var hash = HashCode.Combine(request.Path.Value, request.QueryString.Value) | 1;
        ref var slot = ref _seen[(uint)hash % Slots];
        if (slot == hash)
            return true;
        slot = hash;
        return false;
    }
}

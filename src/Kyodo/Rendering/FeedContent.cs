namespace Kyodo.Rendering;

/// <summary>What a feed entry's content says: the view model of Shared/FeedEntryContent, made by the ChangeFeed pipeline.</summary>
public sealed record FeedContent(string Intro, FeedReport? Report, IReadOnlyList<FeedSection> Sections);

/// <summary>The edition's ratings: a heading and one line per level of the scale.</summary>
public sealed record FeedReport(string Heading, IReadOnlyList<string> Levels);

/// <summary>One list of changes: its heading with the count, an optional note, and its items.</summary>
public sealed record FeedSection(string Heading, string? Note, IReadOnlyList<FeedItem> Items);

/// <summary>A linked change: the page, the link text, and text after the link (a rating's before and after).</summary>
public sealed record FeedItem(string Href, string Text, string? After);

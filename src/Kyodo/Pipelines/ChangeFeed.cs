using System.Globalization;
using System.Text;
using System.Xml;
using Kyodo.Engine;
using Kyodo.Localization;
using Kyodo.Model;
using Kyodo.Processing;
using Kyodo.Rendering;
using Kyodo.Routing;

namespace Kyodo.Pipelines;

/// <summary>
/// An Atom feed per language (feed.atom, en/feed.atom) with one entry per data edition of every plan: what
/// the edition changed (<see cref="EditionChanges"/>). Dates come from the data, never from the clock, so the
/// same data gives the same feed; each entry's ID is the permanent URL of the edition's year page.
/// </summary>
public sealed class ChangeFeed : ISectionPipeline
{
    public Section Section => Section.Feed;

    public static readonly string FileName = Routes.Index("", Section.Feed);

    private const string AtomNs = "http://www.w3.org/2005/Atom";

    public IReadOnlyList<Type> DependsOn => [typeof(PlanIndexes)];

    public void Execute(BuildContext context)
    {
        var editions = context.Site.Plans
            .SelectMany((plan, order) => EditionChanges.Of(PlanIndexes.Of(context, plan)).Select(c => (Plan: plan, Order: order, Changes: c)))
            .OrderByDescending(x => x.Changes.Date).ThenBy(x => x.Order).ThenByDescending(x => x.Changes.Edition.Year)
            .Select(x => (x.Plan, x.Changes))
            .ToList();
        foreach (var language in LanguageExtensions.All)
        {
            context.Output.AddText(UrlBuilder.SitePath(language, FileName), Write(context, language, editions));
        }
    }

    private static string Write(BuildContext context, Language language, IReadOnlyList<(Plan Plan, EditionChanges Changes)> editions)
    {
        var urls = context.Urls;
        var config = context.Site.Config;
        var text = new StringBuilder();
        var settings = new XmlWriterSettings { Indent = true, IndentChars = "  ", NewLineChars = "\n" };
        using (var xml = XmlWriter.Create(new StringWriter(text), settings))
        {
            xml.WriteStartDocument();
            xml.WriteStartElement("feed", AtomNs);
            xml.WriteAttributeString("xml", "lang", null, language.Tag());
            xml.WriteElementString("id", AtomNs, urls.Absolute(language, FileName));
            xml.WriteElementString("title", AtomNs, $"{config.Title.In(language)}{(language == Language.Ja ? "：" : ": ")}{Ui.FeedTitleSuffix.In(language)}");
            xml.WriteElementString("subtitle", AtomNs, config.Description.In(language));
            xml.WriteElementString("updated", AtomNs, Timestamp(editions.Count > 0 ? editions.Max(e => e.Changes.Date) : DateTimeOffset.UnixEpoch));
            Link(xml, "self", "application/atom+xml", urls.Absolute(language, FileName), null);
            Link(xml, "alternate", "text/html", urls.Absolute(language, ""), language.Tag());
            Link(xml, "alternate", "application/atom+xml", urls.Absolute(language.Other(), FileName), language.Other().Tag());
            xml.WriteStartElement("author", AtomNs);
            xml.WriteElementString("name", AtomNs, config.Publisher.In(language));
            xml.WriteElementString("uri", AtomNs, urls.Absolute(language, ""));
            xml.WriteEndElement();
            xml.WriteElementString("generator", AtomNs, "Kyodo");
            foreach (var (plan, changes) in editions) Entry(xml, context, language, plan, changes, context.Site.Plans.Count > 1);
            xml.WriteEndElement();
            xml.WriteEndDocument();
        }
        return text.ToString().Replace("encoding=\"utf-16\"", "encoding=\"utf-8\"", StringComparison.Ordinal) + "\n";
    }

    private static void Entry(XmlWriter xml, BuildContext context, Language language, Plan plan, EditionChanges changes, bool namePlan)
    {
        var prefix = context.Site.PrefixOf(plan);
        var page = context.Urls.Absolute(language, Routes.Year(prefix, changes.Edition.Year));
        var title = changes.Edition.Title.In(language);
        if (namePlan) title = $"{Ui.PlanLabel(plan.Config).In(language)} {title}";
        xml.WriteStartElement("entry", AtomNs);
        xml.WriteElementString("id", AtomNs, page);
        xml.WriteElementString("title", AtomNs, title);
        xml.WriteElementString("published", AtomNs, Timestamp(changes.Date));
        xml.WriteElementString("updated", AtomNs, Timestamp(changes.Date));
        Link(xml, "alternate", "text/html", page, language.Tag());
        xml.WriteElementString("summary", AtomNs, Summary(changes, language));
        xml.WriteStartElement("content", AtomNs);
        xml.WriteAttributeString("type", "html");
        xml.WriteString(Content(context, language, plan, changes));
        xml.WriteEndElement();
        xml.WriteEndElement();
    }

    /// <summary>One line: how many projects each kind of change concerns.</summary>
    private static string Summary(EditionChanges c, Language language)
    {
        if (c.Previous is null) return Ui.FeedFirstEdition(c.Listed.Count).In(language);
        var parts = new List<string> { Ui.FeedListed(c.Listed.Count).In(language).TrimEnd('。', '.') };
        void Add(LocalizedText what, int n)
        {
            if (n > 0) parts.Add(Ui.FeedCount(what, n).In(language));
        }
        Add(Ui.FeedNewlyListed, c.NewlyListed.Count);
        Add(Ui.FeedCompleted, c.Completed.Count);
        Add(Ui.FeedNoLongerListed, c.NoLongerListed.Count);
        Add(Ui.FeedRatingChanges, c.RatingChanges.Count);
        Add(Ui.FeedLineage, c.Lineage.Count);
        return string.Join(language == Language.Ja ? "、" : "; ", parts) + (language == Language.Ja ? "。" : ".");
    }

    /// <summary>The entry's HTML (Shared/FeedEntryContent): the counts, then each list of changes with absolute links.</summary>
    private static string Content(BuildContext context, Language language, Plan plan, EditionChanges c)
    {
        var urls = context.Urls;
        var prefix = context.Site.PrefixOf(plan);
        var index = PlanIndexes.Of(context, plan);
        FeedItem ProjectLink(string id, LocalizedText name, string? after = null) =>
            new(urls.Absolute(language, Routes.Project(prefix, id)), name.In(language), after);

        var intro = c.Previous is null ? Ui.FeedFirstEdition(c.Listed.Count).In(language) : Ui.FeedListed(c.Listed.Count).In(language);
        FeedReport? report = null;
        if (c.RatingCounts is { } counts)
        {
            var scale = plan.Config.Rating;
            var levels = scale.Levels.Select(level =>
            {
                var label = level.Label.In(language);
                var name = label.Length > 0 ? $"{level.Code} {label}" : level.Code;
                return $"{name}: {counts.GetValueOrDefault(level.Code).ToString(CultureInfo.InvariantCulture)}";
            });
            report = new FeedReport(Ui.FeedReport(scale.Name, counts.Values.Sum()).In(language), [.. levels]);
        }

        var sections = new List<FeedSection>();
        void List<T>(LocalizedText heading, IReadOnlyList<T> items, Func<T, FeedItem> item, LocalizedText? note = null)
        {
            if (items.Count == 0) return;
            sections.Add(new FeedSection(Ui.FeedCount(heading, items.Count).In(language), note?.In(language), [.. items.Select(item)]));
        }

        if (c.Previous is not null) List(Ui.FeedNewlyListed, c.NewlyListed, e => ProjectLink(e.ProjectId, e.Name));
        List(Ui.FeedCompleted, c.Completed, e => ProjectLink(e.ProjectId, e.Name));
        List(Ui.FeedNoLongerListed, c.NoLongerListed, e => ProjectLink(e.ProjectId, e.Name), Ui.FeedNoReason);
        List(Ui.FeedRatingChanges, c.RatingChanges, r => ProjectLink(r.After.ProjectId, r.After.Name, $": {r.Before.Rating} → {r.After.Rating}"));
        List(Ui.FeedLineage, c.Lineage, ev => Describe(context, language, plan, index, ev));
        return context.Renderer.Render<Theme.Shared.FeedEntryContent>(
            new Dictionary<string, object?> { ["Content"] = new FeedContent(intro, report, sections) });
    }

    /// <summary>A lineage event as one sentence, with the names as printed in the editions concerned.</summary>
    private static FeedItem Describe(BuildContext context, Language language, Plan plan, PlanIndex index, LineageEvent ev)
    {
        var urls = context.Urls;
        var prefix = context.Site.PrefixOf(plan);
        if (ev.Subject == LineageSubject.Department)
        {
            var from = plan.DepartmentById.GetValueOrDefault(ev.FromId)?.FullName.In(language) ?? ev.FromId;
            var toId = ev.ToId ?? ev.FromId;
            var to = plan.DepartmentById.GetValueOrDefault(toId)?.FullName.In(language) ?? toId;
            return new FeedItem(urls.Absolute(language, Routes.Department(prefix, toId)), Ui.FeedDepartment(from, to).In(language), null);
        }
        string NameIn(string id, int year, bool before)
        {
            var entries = plan.EntriesOf(id).Where(e => !e.IsRelisting);
            var entry = before ? entries.Where(e => e.Year < year).OrderBy(e => e.Year).LastOrDefault() : entries.FirstOrDefault(e => e.Year == year);
            return (entry?.Name ?? index.NameOf(id)).In(language);
        }
        string MeasureName(ProjectEntry? e) => e is null ? "?" : plan.Config.Hierarchy.Measure.In(language) + (language == Language.Ja ? "" : " ") + e.MeasureId;
        var subject = ev.ToId ?? ev.FromId;
        var sentence = ev.Event switch
        {
            LineageKind.Renamed => Ui.FeedRenamed(NameIn(ev.FromId, ev.Year, before: true), NameIn(ev.ToId ?? ev.FromId, ev.Year, before: false)),
            LineageKind.Merged => Ui.FeedMerged(NameIn(ev.FromId, ev.Year, before: true), NameIn(subject, ev.Year + 1, before: true)),
            LineageKind.Split => Ui.FeedSplit(NameIn(ev.FromId, ev.Year + 1, before: true), NameIn(subject, ev.Year + 1, before: true)),
            LineageKind.Moved => Ui.FeedMoved(NameIn(ev.FromId, ev.Year, before: false),
                MeasureName(plan.EntriesOf(ev.FromId).Where(e => !e.IsRelisting && e.Year < ev.Year).OrderBy(e => e.Year).LastOrDefault()),
                MeasureName(plan.EntriesOf(ev.FromId).FirstOrDefault(e => !e.IsRelisting && e.Year == ev.Year))),
            _ => Ui.EventLabel(ev.Event),
        };
        return new FeedItem(urls.Absolute(language, Routes.Project(prefix, subject)), sentence.In(language), null);
    }

    private static void Link(XmlWriter xml, string rel, string type, string href, string? hreflang)
    {
        xml.WriteStartElement("link", AtomNs);
        xml.WriteAttributeString("rel", rel);
        xml.WriteAttributeString("type", type);
        if (hreflang is not null) xml.WriteAttributeString("hreflang", hreflang);
        xml.WriteAttributeString("href", href);
        xml.WriteEndElement();
    }

    /// <summary>RFC 3339, as Atom requires ("2021-04-01T00:00:00+09:00").</summary>
    private static string Timestamp(DateTimeOffset date) => date.ToString("yyyy-MM-dd'T'HH:mm:sszzz", CultureInfo.InvariantCulture);
}

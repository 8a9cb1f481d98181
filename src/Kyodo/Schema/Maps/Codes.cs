using Kyodo.Model;
using Kyodo.Schema.Mapping;

namespace Kyodo.Schema.Maps;

/// <summary>The closed lists of codes of the data format, each spelled once.</summary>
public static class Codes
{
    public static readonly CodeList<SourceKind> SourceKinds = CodeList.Kebab<SourceKind>();
    public static readonly CodeList<Actor> Actors = CodeList.Kebab<Actor>();
    public static readonly CodeList<SdgStatus> SdgStatuses = CodeList.Snake<SdgStatus>();
    public static readonly CodeList<LineageSubject> LineageSubjects = CodeList.Kebab<LineageSubject>();
    public static readonly CodeList<LineageKind> LineageKinds = CodeList.Kebab<LineageKind>();
    public static readonly CodeList<EvidenceKind> EvidenceKinds = CodeList.Kebab<EvidenceKind>();
    public static readonly CodeList<Confidence> Confidences = CodeList.Kebab<Confidence>();
    public static readonly CodeList<MetricField> MetricFields = CodeList.Kebab<MetricField>();
    public static readonly CodeList<MetricKind> MetricKinds = CodeList.Kebab<MetricKind>();
    public static readonly CodeList<IndicatorLevel> IndicatorLevels = CodeList.Kebab<IndicatorLevel>();
    public static readonly CodeList<Direction> Directions = CodeList.Kebab<Direction>();
    public static readonly CodeList<IndicatorKind> IndicatorKinds = CodeList.Kebab<IndicatorKind>();
    public static readonly CodeList<ValueStatus> ValueStatuses = CodeList.Snake<ValueStatus>();
    public static readonly CodeList<bool> TargetStatuses = new(("current", true), ("superseded", false));
    public static readonly CodeList<ProgressMark> ProgressMarks = CodeList.Snake<ProgressMark>();
    public static readonly CodeList<CommentaryScope> CommentaryScopes = CodeList.Kebab<CommentaryScope>();
    public static readonly CodeList<Author> Authors = CodeList.Kebab<Author>();
    public static readonly CodeList<SummaryTable> SummaryTables = CodeList.Kebab<SummaryTable>();
    public static readonly CodeList<EditionKind> EditionKinds = CodeList.Kebab<EditionKind>();
    public static readonly CodeList<ProjectState> ProjectStates = CodeList.Snake<ProjectState>();
    public static readonly CodeList<ReconciliationOutcome> ReconciliationOutcomes = CodeList.Snake<ReconciliationOutcome>();
}

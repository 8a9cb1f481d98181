using Kyodo.Model;

namespace Kyodo.Synthesis;

/// <summary>
/// Japanese and English phrase pairs from which synthetic names and texts are composed, in the register of
/// a city's plan documents, so pages have realistic lengths and scripts in both languages.
/// </summary>
internal static class Vocabulary
{
    private static LocalizedText P(string ja, string en) => new(ja, en);

    public static readonly LocalizedText[] Topics =
    [
        P("地域見守り", "Community watch"), P("子育てサロン", "Parenting salon"), P("市民活動団体育成", "Civic group development"),
        P("防災リーダー養成", "Disaster-prevention leader training"), P("高齢者サロン", "Senior salon"), P("環境美化", "Environmental beautification"),
        P("読み聞かせボランティア", "Read-aloud volunteers"), P("生涯学習", "Lifelong learning"), P("国際交流", "International exchange"),
        P("まちづくり出前講座", "Community-building outreach lectures"), P("地域公民館活用", "Community centre use"), P("健康づくり", "Health promotion"),
        P("交通安全教室", "Road-safety classes"), P("防犯パトロール", "Crime-prevention patrols"), P("若者会議", "Youth council"),
        P("空き家活用", "Vacant-house use"), P("農業体験", "Farming experience"), P("文化芸術振興", "Arts and culture promotion"),
        P("スポーツ推進", "Sports promotion"), P("町内会活動支援", "Neighbourhood association support"), P("障がい者就労支援", "Employment support for people with disabilities"),
        P("多文化共生", "Multicultural coexistence"), P("子ども食堂", "Children's cafeteria"), P("自主防災組織", "Voluntary disaster-prevention organisations"),
        P("男女共同参画", "Gender equality"), P("消費生活相談", "Consumer affairs advice"), P("観光ボランティア", "Tourism volunteers"),
        P("河川清掃", "River clean-up"), P("食育", "Food education"), P("認知症サポーター", "Dementia supporters"),
        P("地域包括ケア", "Integrated community care"), P("商店街活性化", "Shopping-street revitalisation"), P("図書館協働", "Library collaboration"),
        P("放課後子ども教室", "After-school classes"), P("市民提案", "Citizen proposals"), P("広報協働", "Collaborative public relations"),
    ];

    public static readonly LocalizedText[] ProjectKinds =
    [
        P("推進事業", "Promotion Project"), P("支援事業", "Support Project"), P("育成事業", "Development Project"),
        P("事業", "Project"), P("活動事業", "Activities Project"), P("促進事業", "Encouragement Project"), P("連携事業", "Partnership Project"),
    ];

    public static readonly LocalizedText[] Purposes =
    [
        P("地域の課題を市民と行政が協働で解決するため", "So that citizens and the city solve local issues together"),
        P("誰もが安心して暮らせるまちをつくるため", "To build a city where everyone can live in safety and peace of mind"),
        P("市民活動の担い手を育てるため", "To develop the people who carry civic activities"),
        P("子どもたちが健やかに育つ環境を整えるため", "To create an environment in which children grow up healthy"),
        P("高齢者が地域で活躍できる機会を広げるため", "To widen opportunities for older people to be active in their communities"),
        P("災害に強い地域をつくるため", "To build communities that are resilient to disasters"),
        P("多様な主体の連携を深めるため", "To deepen partnership among diverse actors"),
    ];

    public static readonly LocalizedText[] Means =
    [
        P("町内会や市民活動団体と連携して講座や研修会を開催します", "we will hold courses and training sessions together with neighbourhood associations and civic groups"),
        P("活動に必要な情報をウェブサイトや広報紙で発信します", "we will publish the information needed for activities on the website and in the city newsletter"),
        P("地域の拠点施設を活用した交流の場を設けます", "we will create places for exchange that make use of local facilities"),
        P("ボランティアの登録と派遣の仕組みを充実させます", "we will improve the system for registering and dispatching volunteers"),
        P("関係機関と協議会を設置し、取組の方向性を共有します", "we will set up a council with the agencies concerned and share the direction of the work"),
        P("補助金により団体の自主的な活動を支援します", "we will support groups' own activities with grants"),
        P("事業者と協定を結び、地域の見守り体制を強化します", "we will sign agreements with businesses and strengthen the community watch system"),
    ];

    public static readonly LocalizedText[] Outcomes =
    [
        P("参加者数は前年度を上回り、地域での活動が広がった。", "The number of participants exceeded the previous year's, and activities spread in the community."),
        P("感染症対策のため規模を縮小して実施した。", "It was carried out on a reduced scale because of infection-control measures."),
        P("オンラインでの開催を取り入れ、新たな参加者を得た。", "Holding sessions online brought in new participants."),
        P("関係団体との連携が深まり、継続的な活動の基盤ができた。", "Partnership with the groups concerned deepened, laying a foundation for continuing activities."),
        P("計画どおり実施し、アンケートでは高い満足度が得られた。", "It was carried out as planned, and a survey showed high satisfaction."),
        P("担い手の高齢化が課題であり、今後は若い世代の参加を促す。", "The ageing of those involved is an issue; younger people will be encouraged to take part."),
    ];

    public static readonly (LocalizedText Name, LocalizedText Unit)[] Figures =
    [
        (P("講座開催回数", "Courses held"), P("回", "times")), (P("参加者数", "Participants"), P("人", "people")),
        (P("登録団体数", "Registered groups"), P("団体", "groups")), (P("相談件数", "Consultations"), P("件", "cases")),
        (P("ボランティア登録者数", "Registered volunteers"), P("人", "people")), (P("派遣件数", "Dispatches"), P("件", "cases")),
    ];

    public static readonly LocalizedText[] Bureaus =
    [
        P("総務部", "General Affairs Bureau"), P("市民部", "Citizens Bureau"), P("保健福祉部", "Health and Welfare Bureau"),
        P("こども部", "Children's Bureau"), P("文化スポーツ部", "Culture and Sports Bureau"), P("環境部", "Environment Bureau"),
        P("産業観光部", "Industry and Tourism Bureau"), P("建設部", "Construction Bureau"), P("教育総務部", "Education Bureau"),
    ];

    public static readonly LocalizedText[] Sections =
    [
        P("協働推進課", "Collaboration Promotion Division"), P("生涯学習課", "Lifelong Learning Division"), P("防災危機管理課", "Disaster Management Division"),
        P("地域福祉課", "Community Welfare Division"), P("子育て支援課", "Child-rearing Support Division"), P("環境政策課", "Environmental Policy Division"),
        P("観光交流課", "Tourism and Exchange Division"), P("スポーツ振興課", "Sports Promotion Division"), P("文化振興課", "Culture Promotion Division"),
        P("地域包括ケア推進課", "Integrated Care Division"), P("商工政策課", "Commerce and Industry Policy Division"), P("国際政策課", "International Policy Division"),
    ];

    public static readonly LocalizedText[] Indicators =
    [
        P("市民活動への参加率", "Participation in civic activities"), P("地域への愛着度", "Attachment to the community"),
        P("協働事業の件数", "Collaborative projects"), P("ボランティア登録者数", "Registered volunteers"),
        P("町内会加入率", "Neighbourhood association membership"), P("自主防災組織の結成率", "Voluntary disaster-prevention organisations formed"),
        P("市民協働の満足度", "Satisfaction with citizen collaboration"), P("講座の受講者数", "Course attendance"),
    ];

    public static readonly LocalizedText[] Policies =
    [
        P("協働を支えるひとづくり", "Developing people who support collaboration"),
        P("協働に関する情報の発信・共有", "Sharing information on collaboration"),
        P("協働を進めるしくみづくり", "Building systems that advance collaboration"),
    ];

    public static readonly LocalizedText[] Measures =
    [
        P("協働を支える人材の育成", "Developing people who support collaboration"), P("協働の担い手の活用", "Making use of those who carry collaboration"),
        P("協働に関する情報の共有", "Sharing information on collaboration"), P("市民活動団体への支援", "Support for civic groups"),
        P("地域活動の活性化", "Revitalising community activities"), P("多様な主体の連携", "Partnership among diverse actors"),
        P("協働の推進体制の充実", "Strengthening the system that promotes collaboration"),
    ];

    public static readonly (string Ja, string En, string Colour)[] Sdgs =
    [
        ("貧困をなくそう", "No poverty", "#E5243B"), ("飢餓をゼロに", "Zero hunger", "#DDA63A"),
        ("すべての人に健康と福祉を", "Good health and well-being", "#4C9F38"), ("質の高い教育をみんなに", "Quality education", "#C5192D"),
        ("ジェンダー平等を実現しよう", "Gender equality", "#FF3A21"), ("安全な水とトイレを世界中に", "Clean water and sanitation", "#26BDE2"),
        ("エネルギーをみんなにそしてクリーンに", "Affordable and clean energy", "#FCC30B"), ("働きがいも経済成長も", "Decent work and economic growth", "#A21942"),
        ("産業と技術革新の基盤をつくろう", "Industry, innovation and infrastructure", "#FD6925"), ("人や国の不平等をなくそう", "Reduced inequalities", "#DD1367"),
        ("住み続けられるまちづくりを", "Sustainable cities and communities", "#FD9D24"), ("つくる責任 つかう責任", "Responsible consumption and production", "#BF8B2E"),
        ("気候変動に具体的な対策を", "Climate action", "#3F7E44"), ("海の豊かさを守ろう", "Life below water", "#0A97D9"),
        ("陸の豊かさを守ろう", "Life on land", "#56C02B"), ("平和と公正をすべての人に", "Peace, justice and strong institutions", "#00689D"),
        ("パートナーシップで目標を達成しよう", "Partnerships for the goals", "#19486A"),
    ];
}

// Demo publications of the fictional "Coalition for Civilian Protection".
// Authors, outlets, figures and quotations are invented for demonstration purposes.
import type { DemoPublication } from './types';

export const demoPublications: DemoPublication[] = [
  // ───────────────────────────── Articles ─────────────────────────────
  {
    title: "What the Sahel's Village Alert Committees Teach Us About Early Warning",
    kind: 'ARTICLE',
    summary:
      'Village alert committees in central Mali and northern Burkina Faso show that early warning works best when the people at risk decide what counts as a warning sign.',
    body: `For years, early warning in the Sahel meant analysts in capital cities reading incident reports and producing risk maps. The maps were often accurate, and they often arrived too late. Since 2019, the member associations of our network have tried something different: **village alert committees** that collect, discuss and act on their own warning signs.

## What the committees watch for

Each committee of five to nine people, always including women and at least one herder, agrees on a short list of local indicators. The most common ones are:

- unfamiliar armed men buying fuel or food in the weekly market;
- herders moving livestock earlier in the season than usual;
- families quietly sending children to relatives in town;
- threats or insults broadcast in local languages on messaging groups.

## Why it works, and where it does not

When a committee sees two or more indicators in a week, it informs the commune's security focal point and, through our secretariat, the coalition's regional analysts. In 2024, committees in the Mopti region raised 41 alerts; in 29 cases, families moved temporarily or markets were rescheduled before an attack occurred.

The limits are real. Committees cannot stop armed groups, and members themselves face reprisals for being seen as informants. We now rotate membership, keep lists confidential and never share names with armed forces. Early warning that puts its own monitors at risk is not protection.

Our full methodology is available in the [network's quarterly bulletin archive](https://example.org/sahel-civilian-monitoring/bulletins).`,
    authors: ['Mariam Keïta Diallo', 'Oumar Sawadogo'],
    organization: 'Sahel Civilian Monitoring Network',
    published: '2025-03-18',
    regions: ['africa'],
    countries: ['ML', 'BF'],
    themes: ['early-warning', 'climate-and-conflict', 'civilian-protection'],
  },
  {
    title: 'Radio in the Time of Rumours: Countering Hate Speech on the Airwaves of South Sudan',
    kind: 'ARTICLE',
    summary:
      'How a community radio collective in Juba checks rumours before they turn into reprisals, and what it has learned after ten years on air.',
    body: `In South Sudan, a rumour can travel from a market in Bor to a cattle camp in Jonglei faster than any official statement. When a young man was killed near Juba's Konyo Konyo market in 2023, voice notes blaming an entire community were circulating within an hour. By evening, our reporters were on air in four languages.

## Checking before broadcasting

Our programme *Talking Peace* follows a simple rule: **we never repeat a rumour without checking it**, and when we cannot check it, we say so. Listeners call in with what they have heard; reporters verify with police, chiefs, church leaders and families, and report back live.

We have learned that:

- corrections work best when they come from a trusted voice of the community being blamed;
- naming the harm of a rumour is more effective than simply calling it false;
- broadcasting in Nuer and Dinka, not only in English, is what reaches the cattle camps.

## The cost of staying on air

Our journalists are regularly accused of taking sides. Two of our reporters were detained for several days in 2024 after covering clashes in Upper Nile. Independent community media need protection too, and that is why we support the coalition's campaign for the safety of local journalists.`,
    authors: ['Grace Akech Deng', 'Peter Lado Wani'],
    organization: 'Voices of Juba Radio Collective',
    published: '2024-09-05',
    regions: ['africa'],
    countries: ['SS'],
    themes: ['hate-speech', 'media-freedom'],
  },
  {
    title: 'Member Analysis: Protection Risks in Cabo Delgado Ahead of the Rainy Season',
    kind: 'ARTICLE',
    summary:
      'An internal analysis of the risks facing displaced and returning families in Cabo Delgado as the rainy season limits humanitarian access.',
    body: `This analysis is shared with coalition members only. Please do not circulate it outside the coalition without the authors' agreement, as some of the information comes from sources who could be identified.

## Context

Several thousand families have returned to districts of Cabo Delgado over the past year, often to villages where services have not resumed. At the same time, small armed units continue to move between the coast and the interior. The rainy season, from December to March, cuts road access to many areas and historically coincides with **attacks on isolated villages**.

## Main risks identified

- Returnees without identity documents who cannot move freely through checkpoints.
- Boys and young men exposed to recruitment and to suspicion from security forces.
- Women travelling to fields and water points alone.
- Reduced presence of humanitarian staff once roads become impassable.

## Suggested actions for members

Members with contacts in Maputo and Pemba may wish to raise the need for pre-positioned supplies and mobile protection teams before the rains. We also suggest supporting local legal aid desks, which help families replace lost documents. A fuller assessment will be shared at the next regional call.`,
    authors: ['Célia Muianga', 'Tomás Nhantumbo'],
    published: '2025-11-18',
    regions: ['africa'],
    countries: ['MZ'],
    themes: ['civilian-protection', 'refugees-and-displacement', 'early-warning'],
    visibility: 'MEMBERS',
  },
  {
    title: 'Memory Is Not a Luxury: The Search for the Disappeared in Guatemala',
    kind: 'ARTICLE',
    summary:
      'Decades after the armed conflict, families in Guatemala are still looking for their relatives. Forensic work and memory are part of preventing future atrocities, not a luxury.',
    body: `Doña Petrona has kept her husband's hat on the same nail for forty years. He was taken from their village in Quiché in 1982 and never came back. Like thousands of Guatemalan families, she is still waiting for an answer.

Our centre accompanies families through every stage of the search: collecting testimonies, providing DNA samples, attending exhumations and, when remains are identified, organising burials according to Maya traditions. In 2022 alone, we supported 37 families through identifications.

## Why memory matters for prevention

It is sometimes said that countries must "turn the page". Our experience shows the opposite. Where the past is denied, the same patterns of stigmatisation return: communities labelled as enemies, defenders called terrorists, soldiers who never faced trial still holding power.

- Remembering names the victims and restores their dignity.
- Trials establish facts that can no longer be denied.
- Teaching this history helps young people recognise the warning signs.

Memory is part of prevention. It deserves public funding, protection for the people who do this work, and a place in school curricula.`,
    authors: ['Ana Lucía Xicay', 'Rodrigo Batz Morales'],
    organization: 'Centro de Memoria y Justicia del Istmo',
    published: '2022-11-02',
    regions: ['americas'],
    countries: ['GT'],
    themes: ['transitional-justice', 'human-rights-documentation'],
  },
  {
    title: "Accompaniment Works: Notes from Fifteen Years in Colombia's Chocó",
    kind: 'ARTICLE',
    summary:
      'An unarmed international presence cannot stop a war, but it can change the calculations of armed actors. Lessons from fifteen years of protective accompaniment in Chocó.',
    body: `When our first team arrived on the Atrato river in 2009, community leaders asked us a simple question: "Will you be here when they come back?" Fifteen years later, we still are, and that continuity is the heart of what protective accompaniment means.

## What accompaniment does

Our volunteers live in or near threatened communities, travel with leaders to meetings and markets, and maintain regular contact with civil, military and church authorities. Their presence sends a message: what happens here will be seen, recorded and reported.

## What we have learned

1. **Presence must be predictable.** Armed actors adapt quickly to short visits.
2. **Communities lead.** Our teams never decide where to go without the community council's request.
3. **Accompaniment is political.** It works only when it is backed by advocacy with embassies and authorities.

We have also learned humility. Accompaniment did not prevent every killing. Several leaders we accompanied were later threatened in places where we had no presence. This is why we insist that accompaniment is not a substitute for state protection, and why we continue to call for full implementation of the ethnic chapter of the peace agreement.`,
    authors: ['Sister Marta Olaya', 'Jonas Lindqvist'],
    organization: 'Ecumenical Accompaniment Service of the Americas',
    source: 'Cuadernos de Paz y Territorio',
    sourceUrl: 'https://example.org/cuadernos-paz-territorio/acompanamiento-choco',
    published: '2025-06-20',
    regions: ['americas'],
    countries: ['CO'],
    themes: ['civilian-protection', 'peacebuilding'],
  },
  {
    title: "Haiti's Neighbourhood Safety Committees Are Filling a Vacuum",
    kind: 'ARTICLE',
    summary:
      'Where the state has withdrawn, residents of Port-au-Prince are organising their own protection. They need support, not suspicion.',
    body: `In many districts of Port-au-Prince, the police have not entered for months. Schools close for weeks at a time, and families plan their routes around invisible front lines. In this vacuum, residents have organised **neighbourhood safety committees**: not armed brigades, but groups of neighbours who share information, negotiate safe passage and look after those most at risk.

## What the committees do

- They keep a phone tree that warns families of shootings or gang movements.
- They negotiate with local leaders so that health workers and schoolchildren can move safely.
- They keep confidential records of killings, kidnappings and sexual violence, which the alliance stores securely.

## Real risks

The line between self-protection and vigilantism is thin. In 2023 and 2024, so-called self-defence movements in some areas carried out lynchings. Our committees have a strict code: no weapons, no punishment, no handing people over to crowds.

International support has focused on security forces. We ask donors and the multinational mission to also support unarmed community protection, including psychosocial care for volunteers, most of whom are under 30 and have lost friends to the violence.`,
    authors: ['Wideline Jean-Baptiste', 'Frantz Pierre-Louis'],
    organization: 'Haiti Community Safety Alliance',
    published: '2026-02-11',
    regions: ['americas'],
    countries: ['HT'],
    themes: ['civilian-protection', 'youth'],
  },
  {
    title: 'Open-Source Evidence After the Hype: What Holds Up in Court',
    kind: 'ARTICLE',
    summary:
      'Open-source investigations have transformed the documentation of atrocities. But what actually survives the scrutiny of a courtroom?',
    body: `Ten years ago, open-source investigation was a niche practice. Today, videos filmed by civilians and geolocated by volunteers appear in news reports, UN documents and, increasingly, in court. This success brings responsibilities.

## What judges ask

From our experience supporting investigators and prosecutors, the questions are always the same:

- **Where did this file come from?** Without a documented chain of custody, even an authentic video may carry little weight.
- **Has it been altered?** Original files, hashes and metadata matter more than a polished compilation.
- **Who is in it, and did they consent?** Victims filmed in their worst moments have rights too.

## Three lessons

First, collect early and preserve originals: platforms remove content, sometimes within hours. Second, document your methods as carefully as your findings. Third, work with witnesses and local documenters, not around them. Open-source material rarely proves a case alone; it corroborates testimonies.

Our guide to archiving digital evidence is available at [example.org/clearsight-lab/guides](https://example.org/clearsight-lab/guides).`,
    authors: ['Hannah Okafor-Reid', 'Dmytro Kovalenko'],
    organization: 'Clearsight Verification Lab',
    source: 'Justice in Practice',
    sourceUrl: 'https://example.org/justice-in-practice/open-source-evidence',
    published: '2024-04-22',
    regions: ['europe', 'middle-east-north-africa'],
    countries: ['UA', 'SY'],
    themes: ['human-rights-documentation', 'accountability'],
  },
  {
    title: 'Hate Speech Before the Violence: Reading the Signals in Central Europe',
    kind: 'ARTICLE',
    summary:
      'Anti-Roma rhetoric in election campaigns is often followed by attacks and evictions. Monitoring the words can help prevent the violence.',
    body: `Atrocities rarely begin with weapons. They begin with words: a community described as a threat, as criminal by nature, as a disease. In parts of Central and Eastern Europe, this language is directed at Roma with alarming regularity, and our monitors see the pattern repeat around every election.

## What our barometer shows

Since 2016, our annual hate speech barometer has tracked statements by politicians, local officials and media in Hungary, Slovakia, Romania and Bulgaria. In election years, the number of dehumanising statements we record roughly doubles, and within months we see more marches through Roma neighbourhoods and more eviction orders.

## What can be done

- Election authorities and parties should adopt and enforce codes of conduct on incitement.
- Equality bodies need the resources to act quickly on complaints.
- Platforms must respond to reports in Romani and minority languages, not only in national languages.

Hate speech is not only offensive; it is an **early warning indicator**. Treating it as such means acting before it turns into violence.`,
    authors: ['Zoltán Lakatos', 'Denisa Horváthová'],
    organization: 'Roma Rights and Hate Speech Watch',
    published: '2023-10-10',
    regions: ['europe'],
    countries: ['HU', 'SK', 'RO', 'BG'],
    themes: ['hate-speech', 'early-warning'],
  },
  {
    title: 'Mediation Between the Farms and the Herds: Lessons from the Lake Chad Basin',
    kind: 'ARTICLE',
    summary:
      'Women mediators around Lake Chad are resolving disputes between farmers and herders that used to end in bloodshed. Their work deserves recognition and funding.',
    body: `Every year, as the dry season ends, herders move their cattle south and farmers prepare their fields. Around Lake Chad, where the waters have shrunk and violence has displaced millions, this seasonal encounter has become a flashpoint.

Our mediators, most of them women, many of them displaced themselves, step in before disputes escalate. They know the families, speak the languages and can reach places where officials no longer go.

## How a dispute is resolved

1. A mediator hears of crop damage or a blocked corridor, usually from other women at the water point or market.
2. She meets each side separately, then together, often with a traditional leader present.
3. Agreements are written down and witnessed, and the mediator follows up after a month.

In 2025, our 45 mediators handled 212 disputes. Only nine ended in violence.

## What is missing

Mediators work without pay and often at great personal risk. Formal peace committees rarely include them. We call on state governments and the regional stabilisation strategy to recognise women mediators officially and to include them in decisions on corridors and land.`,
    authors: ['Hadiza Bukar', 'Achta Mahamat Nour'],
    organization: 'Women Mediators of the Lake Chad Basin',
    published: '2025-11-04',
    regions: ['africa'],
    countries: ['NG', 'TD', 'CM', 'NE'],
    themes: ['women-peace-and-security', 'climate-and-conflict', 'peacebuilding'],
  },
  {
    title: 'Returning to Sinjar: Why Recognition Must Come Before Reconstruction',
    kind: 'ARTICLE',
    summary:
      'A decade after the genocide against the Yazidis, many survivors still live in camps. Return will only last if the crimes are recognised and survivors receive reparations.',
    body: `Ten years after the attack on Sinjar in August 2014, tens of thousands of Yazidis remain in camps in the Kurdistan Region of Iraq. Many survivors tell us that they want to go home, but not to a home where nothing has changed.

## What survivors ask for

In our interviews with more than 200 displaced families in 2024, three demands came up again and again:

- **Recognition** of the crimes as genocide, and of the survivors as victims entitled to reparation.
- **Searching for the missing**, including the women and children whose fate is still unknown, and completing the exhumation of mass graves.
- **Security and services** in Sinjar, including an administration that local people trust.

## Reparations are not charity

Iraq's law on reparations for survivors was an important step. But implementation has been slow, applications are complex, and many survivors do not have the documents required. Reparations must be accessible, and they must not be conditioned on return.

Reconstruction without recognition risks repeating the past. We urge the authorities and donors to put survivors at the centre of decisions about Sinjar's future.`,
    authors: ['Nadia Khalaf Haji', 'Saman Rashid'],
    organization: 'Tigris Documentation Centre',
    published: '2024-08-03',
    regions: ['middle-east-north-africa'],
    countries: ['IQ'],
    themes: ['accountability', 'refugees-and-displacement', 'transitional-justice'],
  },
  {
    title: "Lebanon's Young Mediators Refuse the Old Divisions",
    kind: 'ARTICLE',
    summary:
      'In Tripoli, young people from rival neighbourhoods have learned to step between their elders. Their experience shows what youth-led peacebuilding can achieve.',
    body: `Syria Street in Tripoli was for years a front line between Bab al-Tabbaneh and Jabal Mohsen. Today, some of the young people who grew up on either side of it paint murals together and run a mediation team that intervenes when tensions rise.

## How it started

In 2015, we invited twenty young people from both neighbourhoods to renovate a school. Many had never spoken to anyone from "the other side". After three months, they asked to continue, and the mediation team was born.

## What they do

- They defuse quarrels between young men before they turn into armed clashes.
- They run football tournaments and art workshops with mixed teams.
- They counter sectarian rumours online, especially after incidents.

The economic collapse since 2019 has made everything harder. Many of our trained mediators have emigrated, and others work two jobs to support their families. Youth peacebuilding cannot survive on goodwill alone: it needs long-term funding and a place at the table when local authorities discuss security.`,
    authors: ['Rania Haddad', 'Ali Merhi'],
    organization: 'Cedar Youth for Dialogue',
    published: '2022-05-16',
    regions: ['middle-east-north-africa'],
    countries: ['LB'],
    themes: ['youth', 'peacebuilding'],
  },
  {
    title: 'When the Sea Rises, So Do Tensions: Climate and Conflict in Melanesia',
    kind: 'ARTICLE',
    summary:
      'Rising seas, stronger cyclones and shrinking gardens are pushing communities in Melanesia to move. Relocation without customary agreement can turn neighbours into enemies.',
    body: `On the low-lying islands of Solomon Islands and Papua New Guinea, families are already moving inland as the sea eats their gardens and contaminates their wells. Land in Melanesia is mostly held under customary tenure, and moving onto someone else's land is never a neutral act.

## Relocation as a conflict risk

In our work with customary leaders, we have seen relocations negotiated well, with ceremonies, exchanges and written agreements. We have also seen them go badly, when government officials or companies arranged moves without consulting landowning clans, leading to disputes and, in some cases, violence.

## What helps

- Agreements negotiated by customary leaders from both communities, recorded in writing.
- Support for the receiving community, not only for the relocated families.
- Climate finance that includes funds for dispute resolution, not just infrastructure.

Climate adaptation and peacebuilding are usually funded separately. In the Pacific, they are the same conversation. Regional leaders have recognised climate change as the greatest security threat to the region; it is time for funding to reflect that.`,
    authors: ['Losana Vunibola', 'Joseph Kaupa'],
    organization: 'Pacific Islands Peace and Climate Forum',
    source: 'Tides: A Journal of Pacific Affairs',
    sourceUrl: 'https://example.org/tides-journal/sea-rises-tensions',
    published: '2025-09-09',
    regions: ['asia-pacific'],
    countries: ['PG', 'SB', 'VU'],
    themes: ['climate-and-conflict', 'peacebuilding', 'refugees-and-displacement'],
  },
  {
    title: 'The Long Road Home for the Rohingya Is Still Blocked',
    kind: 'ARTICLE',
    summary:
      'Nearly a decade after the 2017 exodus, the conditions for safe and voluntary return of Rohingya refugees to Myanmar are further away than ever.',
    body: `In the camps of Cox's Bazar, children who were born after August 2017 are now starting school. Their parents still hope to return to Rakhine State, but not at any price. The conditions they set have not changed: citizenship, security, and the right to return to their own villages.

## Why return is not possible today

- Fighting in Rakhine State has intensified, with civilians of all communities caught between the military and armed groups.
- Rohingya are still denied citizenship and freedom of movement.
- Many villages have been destroyed or built over.

## Pressures in the camps

Funding cuts have reduced food rations, and insecurity in the camps has grown. More refugees, including women and children, are attempting dangerous boat journeys to Malaysia and Indonesia. Some young men have been forcibly recruited by armed groups.

## What governments should do

Host states must not push refugees towards premature return. Donors must restore funding for food, education and protection. And accountability efforts must continue: the refugees we speak to consistently say that justice is a condition for return, not an afterthought.`,
    authors: ['Mohammed Noor Hossain', 'Ayesha Begum Rafique'],
    published: '2026-03-25',
    regions: ['asia-pacific'],
    countries: ['BD', 'MM', 'MY', 'ID'],
    themes: ['refugees-and-displacement', 'accountability'],
  },
  {
    title: 'Covering Afghanistan from Exile: The Ethics of Remote Reporting',
    kind: 'ARTICLE',
    summary:
      'Afghan journalists in exile depend on colleagues inside the country to keep reporting. How can they do so without putting those colleagues in danger?',
    body: `Most of our Afghan photographers left the country in 2021. They still work on Afghanistan every day, through a network of contributors who stayed behind. This arrangement keeps independent images coming out of the country, but it raises hard ethical questions.

## Who carries the risk?

When an editor in Islamabad or Berlin asks for a photograph of a women's protest in Kabul, the person who takes it is the one who may be arrested. We have adopted three principles:

1. **The contributor decides.** No assignment is ever mandatory, and refusing one has no consequences.
2. **Credit is optional.** Many contributors prefer to remain anonymous, and we protect that choice.
3. **Metadata is stripped** from every image before publication, and original files are stored offline.

## Images as evidence

Some of the images we receive document serious abuses. We archive them with their original metadata in a secure location, so they can later be used by investigators, while publishing only cleaned versions.

Reporting from exile is not a second-best form of journalism; it is sometimes the only form possible. It needs editors who understand the risks, and funders who cover security costs as part of the budget.`,
    authors: ['Farid Ahmadi', 'Zarghona Sultani'],
    organization: 'Frontline Lens Asia',
    published: '2023-02-28',
    regions: ['asia-pacific'],
    countries: ['AF', 'PK'],
    themes: ['media-freedom', 'human-rights-documentation'],
  },
  {
    title: 'Sud-Kivu : quand les radios communautaires préviennent les massacres',
    kind: 'ARTICLE',
    summary:
      "Dans les hauts plateaux du Sud-Kivu, des radios communautaires relaient les alertes des moniteurs locaux et donnent aux habitants le temps de se mettre à l'abri.",
    body: `Dans les hauts plateaux de Minembwe et d'Itombwe, le réseau téléphonique est souvent absent, mais presque chaque foyer possède une radio. Depuis 2021, notre initiative travaille avec six radios communautaires pour relayer rapidement les alertes de nos moniteurs.

## Un dispositif simple

Lorsqu'un moniteur signale des mouvements de groupes armés ou des menaces contre un village, notre équipe d'analyse vérifie l'information auprès d'au moins deux sources. Si le risque est confirmé, un message court, rédigé avec les autorités coutumières, est diffusé en kiswahili, en kinyamulenge et en kibembe.

- Le message ne désigne jamais une communauté comme coupable.
- Il indique des consignes concrètes : zones à éviter, lieux de regroupement, numéros utiles.
- Il est répété pendant plusieurs heures, y compris la nuit.

## Des résultats encourageants

En 2024, quatorze alertes ont été diffusées de cette manière. Dans plusieurs cas, des familles ont pu quitter leurs champs ou leur village avant une attaque. Les animateurs radio sont toutefois exposés : deux d'entre eux ont reçu des menaces après avoir diffusé des démentis de rumeurs.

Nous appelons les partenaires à soutenir durablement ces radios, qui sont souvent le seul lien entre l'alerte précoce et la réaction des communautés.`,
    authors: ['Espérance Mapendo Bahati', 'Jean-Claude Mushagalusa'],
    organization: 'Great Lakes Early Warning Initiative',
    published: '2024-12-03',
    regions: ['africa'],
    countries: ['CD'],
    themes: ['early-warning', 'media-freedom', 'civilian-protection'],
    language: 'fr',
  },
  {
    title: 'Periodistas en la frontera: el costo de informar sobre la violencia',
    kind: 'ARTICLE',
    summary:
      'En la frontera entre México y Guatemala, informar sobre la violencia y la migración tiene un precio cada vez más alto para el periodismo local.',
    body: `En la frontera sur de México, los periodistas locales trabajan entre dos fuegos: los grupos criminales que controlan las rutas migratorias y las autoridades que prefieren que ciertas historias no se cuenten. Muchos de nuestros integrantes cobran por nota, sin seguro médico ni contrato.

## Lo que hemos documentado

Desde 2016, nuestra red ha registrado amenazas, agresiones y campañas de desprestigio contra sus integrantes. Las formas de presión más frecuentes son:

- llamadas y mensajes intimidatorios tras la publicación de una investigación;
- seguimiento y fotografías de los domicilios de los periodistas;
- demandas judiciales por difamación presentadas por funcionarios locales.

## Cómo nos protegemos

Contamos con un protocolo interno: nadie viaja solo a zonas de riesgo, las investigaciones sensibles se publican de forma colectiva y, en caso de amenaza grave, la red activa un fondo de reubicación temporal. Además, formamos a colegas en seguridad digital y en entrevistas con personas que han sufrido violencia.

## Lo que pedimos

Pedimos a las autoridades que investiguen cada agresión con seriedad y a los medios nacionales e internacionales que paguen de manera justa y asuman su parte de responsabilidad en la seguridad de sus colaboradores locales. Más información en [nuestro sitio](https://example.org/periodistas-frontera).`,
    authors: ['Itzel Gómez Pérez', 'Marvin Cux Tzul'],
    organization: 'Red de Periodistas de la Frontera',
    published: '2025-05-03',
    regions: ['americas'],
    countries: ['MX', 'GT'],
    themes: ['media-freedom', 'refugees-and-displacement'],
    language: 'es',
  },
  {
    title: 'Atrocity Prevention Needs Better Budgets, Not Better Slogans',
    kind: 'ARTICLE',
    summary:
      'Governments routinely commit to preventing atrocities. Their budgets tell a different story: prevention remains underfunded, short-term and first to be cut.',
    body: `Every year, governments reaffirm their commitment to the Responsibility to Protect. And every year, the budget lines that make prevention possible shrink. Mediation support, human rights monitoring and funding for local civil society are among the first items cut when aid budgets come under pressure.

## The arithmetic of prevention

Prevention is cheaper than response. A year of funding for a network of community monitors costs less than a single day of a large peacekeeping operation. Yet prevention funding is typically allocated in one-year grants, tied to projects, and rarely reaches local organisations directly.

## Three proposals

1. **Multi-year core funding** for local early warning and mediation organisations, with light reporting requirements.
2. **A prevention marker** in development budgets, so parliaments can track how much is spent on prevention each year.
3. **Protected crisis reserves** that can be released quickly when early warning systems sound the alarm.

## Why now

With humanitarian needs at record levels and aid budgets under strain, the temptation is to fund only emergencies. That is a false economy. The next emergency is being prepared today, in places where the warning signs are already visible.`,
    authors: ['Ingrid Solheim', 'Kwame Asante-Boateng'],
    source: 'The Global Affairs Review',
    sourceUrl: 'https://example.org/global-affairs-review/prevention-budgets',
    published: '2026-06-12',
    regions: ['europe', 'africa', 'asia-pacific'],
    themes: ['early-warning', 'civilian-protection'],
  },
  {
    title: 'Twenty Years of the Responsibility to Protect: A Practitioner’s Ledger',
    kind: 'ARTICLE',
    summary:
      'Twenty years after world leaders endorsed the Responsibility to Protect, a look at what the norm has changed, and what it has not.',
    body: `In September 2005, heads of state and government at the UN World Summit accepted that every state has a responsibility to protect its populations from genocide, war crimes, ethnic cleansing and crimes against humanity, and that the international community should help them, and act when they manifestly fail.

## What has changed

- Atrocity prevention is now part of the vocabulary of foreign ministries, regional organisations and the UN system.
- Several governments have appointed national focal points for the Responsibility to Protect.
- Early warning and risk analysis have become more systematic, and civil society is more closely involved.

## What has not

The third pillar, timely and decisive collective action, remains deeply contested. Vetoes and political rivalries have blocked responses to some of the gravest crises of the past decade. And prevention still attracts a fraction of the resources spent on response.

## The ledger

On balance, the norm has made it harder to claim that atrocities are purely an internal affair. It has not made them less frequent. Our members will mark the anniversary not with celebration, but with a renewed call for accountability, for funding prevention and for listening to those who raise the alarm first. Read our [twentieth anniversary recommendations](https://example.org/fape-network/r2p-20).`,
    authors: ['Sophie Vandenberghe', 'Lukas Brenner'],
    organization: 'Forum for Atrocity Prevention in Europe',
    published: '2025-09-16',
    regions: ['europe', 'africa', 'middle-east-north-africa'],
    themes: ['civilian-protection', 'accountability', 'early-warning'],
  },

  // ───────────────────────────── Reports ─────────────────────────────
  {
    title: 'Sahel Early Warning Quarterly: January to March 2026',
    kind: 'REPORT',
    summary:
      'Quarterly risk assessment for central Mali, northern and eastern Burkina Faso and western Niger, based on reports from 27 member associations. For coalition members only.',
    body: `This bulletin is restricted to coalition members because it contains locality-level information that could endanger monitors and communities. Please do not forward it.

## Overall assessment

Risk of mass violence against civilians remained **high** across the monitored area during the first quarter of 2026. Our monitors recorded 186 incidents affecting civilians, compared with 171 in the previous quarter. Attacks on markets and on convoys of displaced families increased, while reported abductions decreased slightly.

## Areas of particular concern

- **Central Mali (Mopti and Ségou regions):** renewed tensions between Fulani herders and self-defence groups after the seizure of livestock in February.
- **Eastern Burkina Faso:** several villages under blockade, with restricted access to food and health care.
- **Tillabéri, Niger:** attacks on weekly markets near the Malian border and displacement towards Niamey.

## Indicators to watch next quarter

1. Early movement of herds ahead of the rainy season.
2. Messaging-group content targeting specific communities as "accomplices".
3. Closures of schools and health centres in areas previously considered stable.

## Recommendations for members

Members engaged in advocacy with regional bodies are encouraged to raise the blockade situation in eastern Burkina Faso and the need for independent monitoring. Detailed incident tables are available on request from the network secretariat.`,
    authors: ['Oumar Sawadogo', 'Aïssata Maïga', 'Ibrahim Moussa Garba'],
    organization: 'Sahel Civilian Monitoring Network',
    published: '2026-04-15',
    regions: ['africa'],
    countries: ['ML', 'BF', 'NE'],
    themes: ['early-warning', 'civilian-protection', 'climate-and-conflict'],
    visibility: 'MEMBERS',
  },
  {
    title: 'Patterns of Violence Against Civilians in Eastern DRC, 2022–2024',
    kind: 'REPORT',
    summary:
      'Three years of community monitoring data from North and South Kivu show how attacks on civilians shifted in location, perpetrators and methods.',
    body: `This report analyses 3,412 incidents recorded by our community monitors in North and South Kivu between January 2022 and December 2024. It is intended for humanitarian agencies, peacekeepers, diplomats and researchers working on eastern Democratic Republic of the Congo.

## Key findings

- Incidents shifted from rural areas towards **displacement sites around Goma**, where overcrowding, shelling and the presence of armed men created new risks.
- **Sexual violence** was reported in nearly one in five incidents, often during attacks on people collecting firewood or water.
- Attacks on **health facilities and schools** rose sharply in 2023 and 2024.
- In areas with active village protection committees, alerts preceded incidents in more than half of cases.

## Methodology

Monitors report by SMS using a standard form. Each report is verified by phone with at least one independent source before being entered into the database. We do not record the identities of victims.

## Recommendations

1. Protect displacement sites from the presence of armed actors and heavy weapons.
2. Increase patrols and lighting on routes used by women to collect firewood and water.
3. Fund community protection committees in the areas with the highest incident rates.

The full dataset, anonymised, is available to researchers on request at [example.org/great-lakes-early-warning/data](https://example.org/great-lakes-early-warning/data).`,
    authors: ['Espérance Mapendo Bahati', 'David Kambale Muhindo'],
    organization: 'Great Lakes Early Warning Initiative',
    published: '2025-02-20',
    regions: ['africa'],
    countries: ['CD'],
    themes: ['civilian-protection', 'human-rights-documentation', 'early-warning'],
  },
  {
    title: 'West Darfur: Documenting Attacks on Civilians in El Geneina and Surrounding Areas',
    kind: 'REPORT',
    summary:
      'Based on testimonies from refugees in eastern Chad, this report documents ethnically targeted attacks on civilians in West Darfur and calls for accountability.',
    body: `Between June and December 2023, our researchers interviewed 146 refugees who had fled West Darfur to camps in eastern Chad. Their accounts describe a pattern of attacks targeting civilians on the basis of their ethnic identity, including killings, sexual violence, looting and the burning of neighbourhoods.

## Main findings

- Witnesses consistently described armed men identifying victims by ethnicity before killing or detaining them.
- Many women and girls reported sexual violence during flight, including at checkpoints.
- Displacement sites and public buildings used as shelters were attacked.
- Hate speech on social media and in public gatherings preceded and accompanied the violence.

## Warning signs that were missed

Many of the warning signs we identify in this report were visible months before the worst violence: inflammatory speeches, the arming of militias and earlier, smaller attacks on the same communities. Early warning was available; the response was not.

## Recommendations

1. Establish and resource independent mechanisms to investigate and preserve evidence of atrocity crimes in Darfur.
2. Ensure the protection of refugees in eastern Chad, including from cross-border recruitment.
3. Hold accountable those who incite violence on social media and in public.

Testimonies were collected with informed consent and following trauma-informed methods. Names and identifying details have been removed.`,
    authors: ['Amira Osman Abdelrahman', 'James Kiprono', 'Liya Tesfaye'],
    organization: 'Eastern Africa Centre for Conflict Research',
    published: '2024-03-11',
    regions: ['africa'],
    countries: ['SD', 'TD'],
    themes: ['accountability', 'human-rights-documentation', 'hate-speech'],
  },
  {
    title: 'Silence by Design: Threats Against Local Journalists in Conflict Zones',
    kind: 'REPORT',
    summary:
      'A joint report by coalition media members on the threats, detentions and killings faced by local journalists covering conflict, and on the gaps in their protection.',
    body: `Most of the reporting the world sees from conflict zones is produced by local journalists, fixers and stringers. They are also the ones who face the greatest risks, often with the least protection. This report draws on interviews with 84 journalists from Syria, Yemen, Afghanistan, Myanmar, Mexico and South Sudan.

## What journalists told us

- Almost all had received threats related to their work; more than half had been detained at least once.
- Most worked without contracts, insurance or safety training.
- Many international outlets buying their material took no responsibility for their safety.
- Threats increasingly began online, with coordinated campaigns accusing journalists of being spies or traitors.

## A protection gap

Journalists are civilians under international humanitarian law. Yet attacks on them are rarely investigated, and even more rarely prosecuted. Exile protects some journalists but cuts them off from their sources and communities.

## Recommendations

1. Governments should investigate all attacks on journalists and report publicly on progress.
2. Media outlets should adopt minimum standards for the safety and pay of local contributors.
3. Donors should fund emergency support, legal aid and psychosocial care for local journalists.
4. Platforms should act quickly on coordinated harassment campaigns.

This report underpins the coalition campaign *Protect the Messengers*.`,
    authors: ['Lina Darwish', 'Farid Ahmadi', 'Itzel Gómez Pérez'],
    published: '2026-05-03',
    regions: ['middle-east-north-africa', 'asia-pacific', 'americas', 'africa'],
    countries: ['SY', 'YE', 'AF', 'MM', 'MX', 'SS'],
    themes: ['media-freedom', 'civilian-protection', 'accountability'],
  },
  {
    title: 'Colombia: evaluación de riesgo para líderes sociales en Cauca y Nariño',
    kind: 'REPORT',
    summary:
      'Evaluación de los riesgos que enfrentan los líderes sociales, las autoridades indígenas y los firmantes de paz en Cauca y Nariño durante el primer semestre de 2025.',
    body: `Este informe analiza las amenazas, agresiones y asesinatos registrados por el Observatorio contra líderes sociales, autoridades indígenas y afrodescendientes y firmantes del acuerdo de paz en los departamentos de Cauca y Nariño entre enero y junio de 2025.

## Hallazgos principales

- Las amenazas se concentran en municipios donde varios grupos armados se disputan rutas y economías ilícitas.
- Los **guardias indígenas** y los líderes que se oponen al reclutamiento de menores son especialmente atacados.
- Más de la mitad de las personas asesinadas habían denunciado amenazas previamente.

## Señales de alerta

Nuestros analistas identifican tres señales que suelen anteceder a los ataques: panfletos con listas de nombres, la presencia de hombres armados desconocidos en reuniones comunitarias y el confinamiento de veredas enteras.

## Recomendaciones

1. Que las autoridades respondan de forma inmediata a las alertas tempranas emitidas por las instituciones y la sociedad civil.
2. Que se fortalezcan los mecanismos de protección colectiva, no solo individual.
3. Que se investiguen de manera prioritaria las amenazas, y no solo los homicidios.

Los datos completos se pueden consultar en [nuestro mapa de riesgo](https://example.org/observatorio-andino/mapa).`,
    authors: ['Carolina Muñoz Ipia', 'Andrés Felipe Rentería'],
    organization: 'Observatorio Andino de Protección Civil',
    published: '2025-08-28',
    regions: ['americas'],
    countries: ['CO'],
    themes: ['early-warning', 'civilian-protection'],
    language: 'es',
  },
  {
    title: 'Yemen Civilian Harm Annual Review 2024',
    kind: 'REPORT',
    summary:
      'Our annual review of incidents affecting civilians in Yemen in 2024, from shelling and drone strikes to landmines and attacks on water infrastructure.',
    body: `Although large-scale fighting in Yemen has decreased since the 2022 truce, civilians continue to be killed and injured every week. In 2024, our field researchers recorded 1,027 incidents affecting civilians across eleven governorates.

## Main trends

- **Landmines and explosive remnants** were the leading cause of civilian casualties, with children accounting for a large share of victims.
- **Shelling and sniper fire** continued along front lines in Taiz, Al Dhale'e and Hodeidah.
- Strikes affecting ports and infrastructure disrupted fuel, food and water supplies.
- Attacks on **water and health facilities** were recorded in six governorates.

## Gaps in accountability

None of the incidents we recorded in 2024 resulted in a public investigation by any party to the conflict. Survivors and families rarely receive acknowledgment, let alone compensation.

## Recommendations

1. All parties must stop using weapons with wide-area effects in populated areas.
2. Donors must scale up mine clearance and victim assistance.
3. An independent international mechanism should be re-established to monitor and investigate violations.

Our incident database is publicly available at [example.org/yemen-harm-observatory/data](https://example.org/yemen-harm-observatory/data).`,
    authors: ['Afrah Al-Maqtari', 'Hisham Saleh Ba-Wazir'],
    organization: 'Yemen Civilian Harm Observatory',
    published: '2025-01-30',
    regions: ['middle-east-north-africa'],
    countries: ['YE'],
    themes: ['civilian-protection', 'accountability', 'human-rights-documentation'],
  },
  {
    title: 'Country Risk Watchlist: Second Half of 2026',
    kind: 'REPORT',
    summary:
      "The coalition's confidential watchlist of countries and areas where the risk of atrocity crimes is high or rising, prepared for members' advocacy planning.",
    body: `The watchlist is compiled twice a year by the coalition's regional focal points from members' monitoring data and analysis. It is shared with members only and is intended to guide joint advocacy, not for publication.

## How to read the watchlist

Countries and areas are grouped into three categories:

- **Imminent risk:** atrocity crimes are occurring or likely in the coming weeks.
- **Serious concern:** several risk factors are present and the situation could deteriorate quickly.
- **Watch:** warning signs are emerging and require close monitoring.

## Highlights

Sudan and eastern Democratic Republic of the Congo remain in the imminent risk category. Haiti and parts of the central Sahel are listed as serious concern, as are areas of Myanmar affected by airstrikes. New to the watch category this semester are two countries facing contested elections, where our members report a rise in hate speech and attacks on opposition supporters.

## Using the watchlist

1. Members should check it before meetings with governments and regional bodies.
2. Quote members' public reports rather than the watchlist itself.
3. Share corrections and new information with your regional focal point.

The next edition will be published in January 2027.`,
    authors: ['Nomvula Dlamini', 'Pablo Echeverría', 'Mei Ling Tan'],
    published: '2026-07-20',
    regions: ['africa', 'americas', 'asia-pacific', 'europe', 'middle-east-north-africa'],
    countries: ['SD', 'CD', 'HT', 'ML', 'BF', 'MM'],
    themes: ['early-warning', 'civilian-protection'],
    visibility: 'MEMBERS',
  },
  {
    title: 'Airstrikes on Civilians in Myanmar: Documentation from Sagaing and Magway, 2023',
    kind: 'REPORT',
    summary:
      'Based on witness interviews, satellite imagery and verified video, this report documents air attacks that struck villages, schools and religious buildings in central Myanmar in 2023.',
    body: `Since the military coup of February 2021, air attacks on villages have become one of the main causes of civilian deaths in Myanmar. This report documents 38 air and drone strikes in Sagaing and Magway regions in 2023.

## Methodology

Each incident was documented through at least two witness interviews, verification of photos and videos, and, where possible, comparison of satellite images before and after the attack. Our documenters followed a shared protocol for informed consent and secure storage.

## Findings

- Most strikes hit villages with no apparent military presence at the time of the attack.
- Schools, monasteries, churches and clinics were among the structures hit.
- Several attacks took place during public gatherings, such as ceremonies and community meetings.
- Villagers reported that warnings were never given.

## Preserving evidence

All material collected for this report has been preserved with its metadata and shared with relevant accountability mechanisms. Witnesses were informed how their testimonies would be used and can withdraw consent at any time.

## Recommendations

1. States should stop the supply of aviation fuel and military aircraft to the Myanmar military.
2. Accountability mechanisms should prioritise investigations into attacks on civilians from the air.
3. Donors should support cross-border humanitarian aid to affected communities.`,
    authors: ['Saw Eh Htoo', 'Nang Hseng Noon', 'Pimchanok Srisuk'],
    organization: 'Mekong Rights Documentation Centre',
    published: '2024-01-25',
    regions: ['asia-pacific'],
    countries: ['MM'],
    themes: ['human-rights-documentation', 'accountability', 'civilian-protection'],
  },
  {
    title: 'Ukraine: Attacks on Energy Infrastructure and Civilian Harm in Winter 2024–25',
    kind: 'REPORT',
    summary:
      'How repeated strikes on power plants and substations affected older people, people with disabilities and displaced families in Dnipropetrovsk and Zaporizhzhia oblasts.',
    body: `During the winter of 2024–25, repeated strikes on Ukraine's energy system left millions of people without electricity, heating or running water for hours or days at a time. Our volunteers, who run shelters and evacuation services, documented the consequences for those least able to cope.

## What we found

- Older people living alone in upper-floor apartments were trapped without lifts, heating or the ability to charge phones.
- People with disabilities who depend on electrical medical equipment faced life-threatening situations.
- Displaced families in collective centres suffered from cold and overcrowding when backup generators failed.
- Water outages affected hospitals and increased the risk of disease.

## Legal considerations

Under international humanitarian law, attacks must not cause excessive harm to civilians compared to the expected military advantage. Energy infrastructure serves both civilians and the military, but the cumulative and foreseeable impact on civilians during winter must be taken into account.

## Recommendations

1. Strengthen support to vulnerable households before winter: generators, heating points and outreach to people living alone.
2. Document the civilian impact of attacks on infrastructure systematically, including indirect and long-term harm.
3. Support accountability efforts that consider cumulative effects on civilians.`,
    authors: ['Olena Hrytsenko', 'Andrii Pavlenko'],
    organization: 'Dnipro Civic Protection Network',
    published: '2025-04-08',
    regions: ['europe'],
    countries: ['UA'],
    themes: ['civilian-protection', 'human-rights-documentation', 'accountability'],
  },
  {
    title: "Reparations Delayed: Victims' Perspectives on Transitional Justice in Nepal",
    kind: 'REPORT',
    summary:
      'Families of the disappeared and survivors of torture and sexual violence in twelve districts of Nepal describe their long wait for truth, justice and reparations.',
    body: `Fifteen years after the Comprehensive Peace Accord ended Nepal's civil war, thousands of victims are still waiting for answers. Between 2019 and 2021, our members interviewed 418 victims and relatives in twelve districts about their expectations of the transitional justice process.

## What victims told us

- **Truth first:** families of the disappeared want to know what happened to their loved ones and where their remains are.
- **Recognition:** many survivors of torture and sexual violence have never been officially recognised as victims.
- **Reparations beyond cash:** education for children, health care and livelihood support were often mentioned as priorities.
- **Justice:** most respondents rejected amnesties for serious crimes.

## Obstacles

Victims described complex procedures, a lack of information, and fears of reprisals when testifying against powerful individuals. Women and victims from marginalised castes faced additional barriers.

## Recommendations

1. Amend transitional justice legislation to comply with international standards and exclude amnesties for serious violations.
2. Provide interim relief to victims without waiting for the commissions to complete their work.
3. Involve victims' associations in the design of reparations programmes.`,
    authors: ['Sunita Tamang', 'Bishnu Prasad Adhikari'],
    organization: 'Kathmandu Valley Transitional Justice Forum',
    published: '2021-09-14',
    regions: ['asia-pacific'],
    countries: ['NP'],
    themes: ['transitional-justice', 'accountability'],
  },
  {
    title: 'Climate Stress and Intercommunal Conflict in the Maghreb and Sahel',
    kind: 'REPORT',
    summary:
      'A regional study of how drought, water scarcity and degraded pastures interact with governance failures to drive intercommunal conflict and migration.',
    body: `Climate change does not cause conflict on its own. But in regions where the state is weak, land rights are insecure and communities already compete for scarce resources, it can act as a powerful multiplier. This study examines these dynamics in southern Tunisia, southern Libya, Algeria, northern Mali and western Niger.

## Approach

Between 2021 and 2023, our researchers carried out household surveys with 1,600 respondents and interviews with local officials, herders, farmers and migrants. We combined this data with rainfall and vegetation indices.

## Findings

- Drought years were associated with increased disputes over water points and grazing land, particularly where customary mechanisms had weakened.
- In southern Libya, competition over smuggling routes overlapped with tensions between communities over land and identity.
- Young men who lost their livelihoods were more likely to migrate or join armed groups.
- Women bore the burden of water collection, exposing them to violence.

## Recommendations

1. Integrate conflict sensitivity into climate adaptation programmes.
2. Support customary and local mechanisms for managing shared resources.
3. Create legal pathways for seasonal and labour migration.

The full report is available in Arabic, French and English at [example.org/maghreb-centre/climate-conflict](https://example.org/maghreb-centre/climate-conflict).`,
    authors: ['Youssef Ben Salem', 'Fatma Zahra Boukhris', 'Moussa Ag Alhassane'],
    organization: 'Maghreb Centre for Conflict and Migration Studies',
    published: '2023-11-27',
    regions: ['middle-east-north-africa', 'africa'],
    countries: ['TN', 'LY', 'DZ', 'ML', 'NE'],
    themes: ['climate-and-conflict', 'refugees-and-displacement'],
  },
  {
    title: 'State of Atrocity Prevention 2026: A Coalition Assessment',
    kind: 'REPORT',
    summary:
      "The coalition's yearly assessment of where atrocity prevention succeeded, where it failed, and what members ask of governments and international organisations.",
    body: `Every year, coalition members from five regions contribute to a shared assessment of the state of atrocity prevention. This fifth edition is based on contributions from 31 member organisations and consultations held during the spring regional meetings.

## A year of strain

Funding cuts to humanitarian and human rights programmes have reduced the capacity of both international agencies and local organisations. Several members have had to close field offices or reduce the number of monitors. At the same time, the number of situations of serious concern has not decreased.

## Where prevention worked

- Community mediation around Lake Chad and in Mindanao continued to resolve disputes before they became violent.
- Early warning alerts in eastern Democratic Republic of the Congo and the central Sahel helped families move to safety.
- Coordinated advocacy contributed to the renewal of several international monitoring mandates.

## Where it failed

- Warnings about imminent violence in several situations were not followed by action.
- Local journalists and human rights defenders were killed, detained or forced into exile.
- Accountability remained the exception.

## Our priorities for the coming year

1. Protect multi-year funding for local early warning and mediation.
2. Defend independent monitoring mechanisms.
3. Protect the messengers: journalists, monitors and defenders.

Read the regional chapters at [example.org/coalition/state-of-prevention-2026](https://example.org/coalition/state-of-prevention-2026).`,
    authors: ['Nomvula Dlamini', 'Pablo Echeverría', 'Ingrid Solheim'],
    published: '2026-09-15',
    regions: ['africa', 'americas', 'asia-pacific', 'europe', 'middle-east-north-africa'],
    themes: ['early-warning', 'civilian-protection', 'accountability'],
  },
  {
    title: 'Women at the Table? Participation in Local Peace Agreements in Mindanao',
    kind: 'REPORT',
    summary:
      "An analysis of 120 local peace agreements in Mindanao shows that women's participation makes agreements more durable, yet they are still a minority at the table.",
    body: `Most conflicts in Mindanao are not fought between armies but between families, clans and communities. They are resolved, when they are, through local agreements negotiated by elders, religious leaders and mediators. This report examines 120 such agreements reached between 2015 and 2022.

## Key findings

- Women were formally present in fewer than a third of the negotiations.
- Agreements in which women took part were more likely to include provisions on education, livelihoods and the return of displaced families.
- Agreements with women's participation were less likely to break down within two years.
- Young people were almost entirely absent from formal negotiations, although they were often directly involved in the violence.

## Barriers

Women mediators described cultural expectations, security risks and the lack of recognition by local authorities. Many work informally, preparing the ground for agreements whose signing ceremonies they do not attend.

## Recommendations

1. Recognise women mediators formally in local peace structures.
2. Include young people in negotiations and in the implementation of agreements.
3. Support the documentation of agreements so that commitments can be monitored.`,
    authors: ['Bai Norhaya Mangudadatu', 'Teresita Dalisay', 'Ramon Abdullah'],
    organization: "Mindanao Peace Mediators' Collective",
    published: '2022-10-31',
    regions: ['asia-pacific'],
    countries: ['PH'],
    themes: ['women-peace-and-security', 'peacebuilding', 'youth'],
  },
  {
    title: 'Ethnic Hate Speech Online in the Horn of Africa: A Monitoring Report',
    kind: 'REPORT',
    summary:
      'Six months of monitoring social media in Amharic, Afaan Oromo, Somali and Swahili reveal how online hate speech tracks and fuels offline violence.',
    body: `Between October 2022 and March 2023, a team of twelve monitors tracked public posts on major social media platforms in four languages spoken in Ethiopia, Somalia and Kenya. They identified more than 9,000 posts containing hate speech against ethnic or religious groups.

## Findings

- Spikes in hate speech closely followed violent incidents and political events, and in several cases preceded attacks.
- A small number of accounts with large followings generated a disproportionate share of the most dangerous content.
- Content in local languages was far less likely to be removed after being reported than content in English.
- Dehumanising terms, comparing groups to animals or disease, were common.

## Recommendations

1. Platforms should invest in moderators and classifiers for local languages.
2. Trusted partner programmes should include local civil society monitors.
3. Governments should avoid internet shutdowns, which prevent the documentation of violence without stopping hate speech.

This report was prepared with the support of monitors trained by coalition members.`,
    authors: ['Mekdes Alemu', 'Abdirahman Farah Jama', 'Wanjiru Mwangi'],
    source: 'Digital Peace Observatory',
    sourceUrl: 'https://example.org/digital-peace-observatory/horn-hate-speech-2023',
    published: '2023-05-18',
    regions: ['africa'],
    countries: ['ET', 'SO', 'KE'],
    themes: ['hate-speech', 'early-warning'],
  },

  // ───────────────────────────── Statements ─────────────────────────────
  {
    title: 'Coalition Statement on the Escalation of Violence Around El Fasher',
    kind: 'STATEMENT',
    summary:
      'The coalition warns of a serious risk of mass atrocities against civilians in and around El Fasher, North Darfur, and calls for urgent action to protect them.',
    body: `The Coalition for Civilian Protection is gravely concerned by the escalation of fighting around El Fasher, North Darfur, where hundreds of thousands of civilians, many of them already displaced, are trapped.

Our members in the region report shelling of residential areas, attacks on displacement camps, and threats against communities on the basis of their ethnic identity. These are the same warning signs that preceded mass killings in West Darfur in 2023.

We call on:

- **All parties to the conflict** to cease attacks on civilians and civilian objects, and to allow civilians to leave safely;
- **States with influence over the parties** to use it urgently to prevent an assault on the city;
- **The UN Security Council and the African Union** to take concrete measures to protect civilians, including support for independent monitoring;
- **Donors** to fund humanitarian assistance to people displaced from El Fasher.

The world was warned before. It must not fail the people of Darfur again.`,
    authors: ['Nomvula Dlamini'],
    published: '2024-06-14',
    regions: ['africa'],
    countries: ['SD'],
    themes: ['civilian-protection', 'early-warning'],
  },
  {
    title: 'Joint Statement: End Impunity for Crimes Against Journalists in Conflict',
    kind: 'STATEMENT',
    summary:
      'On the International Day to End Impunity for Crimes against Journalists, coalition members call for the protection of local journalists reporting from conflict zones.',
    body: `On this International Day to End Impunity for Crimes against Journalists, we, the undersigned members of the Coalition for Civilian Protection, pay tribute to the journalists killed, detained or disappeared while reporting on conflict.

Most of them were not international correspondents. They were local reporters, photographers, fixers and community radio hosts, who told the stories of their own communities, often at great personal risk and for very little pay.

Journalists are civilians. Deliberately attacking them is a war crime. Yet the vast majority of killings of journalists remain unpunished.

We call on governments to:

1. investigate every attack on a journalist promptly, independently and transparently;
2. release all journalists detained for their work;
3. support exiled journalists with visas, legal status and the means to keep working.

We also call on media organisations to take responsibility for the safety of the local journalists whose work they publish.`,
    authors: ['Lina Darwish', 'Grace Akech Deng'],
    published: '2025-11-02',
    regions: ['africa', 'americas', 'asia-pacific', 'middle-east-north-africa'],
    themes: ['media-freedom', 'accountability'],
  },
  {
    title: 'Statement on the Shrinking Space for Civil Society in the Central Sahel',
    kind: 'STATEMENT',
    summary:
      'Network members express concern at the suspension of associations, the arrest of activists and restrictions on reporting in the central Sahel.',
    body: `The Sahel Civilian Monitoring Network expresses its deep concern at the growing restrictions on civil society, journalists and human rights defenders in Mali, Burkina Faso and Niger.

In recent months, several associations have been suspended, activists have been arrested or forcibly conscripted, and international media have been banned. Our own members have been warned not to publish information about attacks on civilians, including those attributed to the security forces and their auxiliaries.

These restrictions make it harder to warn communities of danger, to document abuses and to ensure that victims receive help. Silencing those who report violence does not make civilians safer.

We call on the transitional authorities to:

- release all persons detained for their peaceful activities;
- allow civil society organisations and journalists to work freely;
- investigate all allegations of abuses against civilians, whoever the perpetrators.

We also call on regional and international partners to continue supporting local civil society, including in difficult political circumstances.`,
    authors: ['Mariam Keïta Diallo', 'Ibrahim Moussa Garba'],
    organization: 'Sahel Civilian Monitoring Network',
    published: '2024-02-05',
    regions: ['africa'],
    countries: ['ML', 'BF', 'NE'],
    themes: ['civilian-protection', 'media-freedom', 'human-rights-documentation'],
  },
  {
    title: 'Draft Joint Position: Renewal of Human Rights Council Monitoring Mandates',
    kind: 'STATEMENT',
    summary:
      'Draft joint position on the monitoring mandates due for renewal at the autumn session of the Human Rights Council, circulated to members for comment before publication.',
    body: `*This is a draft circulated to coalition members for comments. Please send suggestions to the Forum secretariat by the deadline indicated in the cover e-mail. Do not quote publicly.*

## Our position

Independent investigative and monitoring mechanisms established by the Human Rights Council are among the few tools that document atrocity crimes in real time and preserve evidence for future accountability. Several of them are due for renewal at the autumn session, at a time when budget cuts threaten their ability to operate.

We call on member states of the Council to:

1. renew the mandates under consideration without weakening their scope;
2. ensure that they receive the staff and resources necessary to carry them out, including for field visits;
3. reject attempts to replace independent monitoring with technical assistance to the governments concerned.

## Open questions for members

- Should the position name specific states that have announced their intention to vote against renewal?
- Do members in the regions concerned want their organisations to be listed as signatories, given the security risks?
- Is there interest in a side event with survivors during the session?`,
    authors: ['Sophie Vandenberghe', 'Kofi Mensah-Larbi'],
    organization: 'Forum for Atrocity Prevention in Europe',
    published: '2025-08-29',
    regions: ['europe', 'africa', 'middle-east-north-africa'],
    themes: ['accountability', 'human-rights-documentation'],
    visibility: 'MEMBERS',
  },
  {
    title: 'Déclaration des responsables religieux contre les discours de haine en Centrafrique',
    kind: 'STATEMENT',
    summary:
      "Imams, prêtres et pasteurs du Conseil appellent les fidèles et les responsables politiques à rejeter les discours de haine à l'approche des échéances électorales.",
    body: `Nous, responsables religieux catholiques, protestants et musulmans réunis au sein du Conseil, exprimons notre vive inquiétude face à la multiplication des messages de haine visant des communautés entières en République centrafricaine.

Sur les réseaux sociaux, dans certains marchés et parfois même dans des lieux de culte, des voix désignent nos frères et sœurs comme des étrangers, des ennemis ou des traîtres. Nous avons déjà vu où mènent de tels propos : aux massacres, aux quartiers incendiés et aux familles déchirées.

## Nos engagements

- Nous nous engageons à ne jamais utiliser nos chaires et nos mosquées pour attiser la haine.
- Nous continuerons à visiter ensemble les communautés touchées par la violence.
- Nous signalerons les messages de haine au dispositif de veille de la coalition.

## Notre appel

Nous appelons les responsables politiques à s'abstenir de tout propos stigmatisant, les médias à vérifier les informations avant de les diffuser, et chaque croyant à refuser de partager les messages qui divisent. La paix se construit d'abord par nos paroles.`,
    authors: ['Abbé Firmin Ngaïkoumon', 'Imam Ousmane Abakar', 'Pasteur Élie Yakité'],
    organization: 'Council of Faith Communities for Reconciliation',
    published: '2023-04-06',
    regions: ['africa'],
    countries: ['CF'],
    themes: ['hate-speech', 'peacebuilding'],
    language: 'fr',
  },
  {
    title: 'Statement on Forced Returns of Rohingya Refugees',
    kind: 'STATEMENT',
    summary:
      'On World Refugee Day, the network warns against pilot return schemes that would send Rohingya refugees back to Myanmar without guarantees of safety and rights.',
    body: `On World Refugee Day, the Bay of Bengal Refugee Protection Network expresses its serious concern about plans to return Rohingya refugees to Myanmar under so-called pilot repatriation schemes.

The conditions for safe, voluntary and dignified return do not exist. Rohingya in Rakhine State continue to be denied citizenship and freedom of movement, and many of the villages from which refugees fled have been destroyed. Refugees who took part in "go and see" visits have told us that they were not allowed to visit their own villages.

Refugees have the right to return, but no one should be pressured into returning through reduced rations, restrictions in the camps or incentives that amount to coercion.

We call on host governments and UN agencies to:

1. guarantee that any return is fully voluntary and informed;
2. involve Rohingya representatives in every decision about their future;
3. maintain humanitarian assistance in the camps at adequate levels.`,
    authors: ['Mohammed Noor Hossain', 'Siti Rahmah Abdullah'],
    organization: 'Bay of Bengal Refugee Protection Network',
    published: '2023-06-20',
    regions: ['asia-pacific'],
    countries: ['BD', 'MM'],
    themes: ['refugees-and-displacement', 'civilian-protection'],
  },
  {
    title: 'Remembering the Victims of Genocide, and Preventing the Next One',
    kind: 'STATEMENT',
    summary:
      'On the International Day of Commemoration and Dignity of the Victims of the Crime of Genocide, the coalition honours victims and calls for prevention to be taken seriously.',
    body: `On 9 December, the anniversary of the adoption of the Genocide Convention in 1948, the Coalition for Civilian Protection honours the memory of the victims of genocide and stands with the survivors and their families.

The Convention obliges states not only to punish genocide, but to prevent it. More than seventy-five years later, that promise remains unfulfilled. Our members document, in many parts of the world, the same warning signs that preceded past genocides: dehumanising language, the exclusion of groups from citizenship, the arming of militias and impunity for earlier attacks.

Remembrance is not only about the past. It means:

- listening to survivors and supporting their search for truth and reparations;
- countering denial, which prepares the ground for new crimes;
- acting on early warnings, rather than waiting for the evidence of mass graves.

We call on all states that have not yet done so to ratify the Genocide Convention, and on all states parties to take their duty to prevent seriously.`,
    authors: ['Nomvula Dlamini', 'Emir Hadžić'],
    published: '2025-12-09',
    regions: ['africa', 'americas', 'asia-pacific', 'europe', 'middle-east-north-africa'],
    themes: ['accountability', 'early-warning', 'transitional-justice'],
  },
  {
    title: 'Position Paper: Engaging Armed Groups on Civilian Protection',
    kind: 'STATEMENT',
    summary:
      "Internal position paper adopted by the coalition's steering committee on when and how members may engage with non-state armed groups on the protection of civilians.",
    body: `This position paper was adopted by the steering committee after consultation with members in all five regions. It is shared with members only.

## Why this paper

Many members, especially mediators and community protection groups, already engage with non-state armed groups: to negotiate safe passage, the release of hostages or access for humanitarian aid. These contacts can save lives, but they also carry legal, security and reputational risks.

## Principles agreed by the coalition

1. **Protection first.** Engagement must aim to reduce harm to civilians, not to legitimise any party.
2. **Community consent.** Members engage only with the agreement of the communities concerned.
3. **Do no harm.** Members assess the risks for their staff and for communities before every contact.
4. **Legal awareness.** Members check counter-terrorism laws applicable in their country and in donor countries, and seek advice when in doubt.
5. **Transparency within the coalition.** Members inform their regional focal point of ongoing engagement, in confidence.

## Support available

The secretariat can connect members with legal advisers and with organisations experienced in humanitarian engagement. Members who face legal threats because of their contacts with armed groups can request support from the solidarity fund.`,
    authors: ['Pablo Echeverría', 'Hadiza Bukar'],
    published: '2026-07-02',
    regions: ['africa', 'americas', 'asia-pacific', 'europe', 'middle-east-north-africa'],
    themes: ['civilian-protection', 'peacebuilding'],
    visibility: 'MEMBERS',
  },
  {
    title: 'Statement on Attacks Against Aid Workers and Health Facilities in Yemen',
    kind: 'STATEMENT',
    summary:
      'On World Humanitarian Day, the observatory condemns attacks and detentions targeting aid workers and health facilities in Yemen.',
    body: `On World Humanitarian Day, the Yemen Civilian Harm Observatory pays tribute to the Yemeni doctors, nurses, engineers and aid workers who continue to serve their communities despite the risks.

Since the beginning of 2022, our researchers have recorded attacks on hospitals, health centres and water facilities, as well as the detention of humanitarian staff by parties to the conflict. Each attack deprives thousands of people of care and clean water.

We call on all parties to:

- respect and protect medical facilities, personnel and transport;
- release all humanitarian workers detained without charge;
- facilitate the rapid and unimpeded passage of humanitarian relief.

We also call on donors to maintain funding for health and water services, which remain a lifeline for millions of Yemenis.`,
    authors: ['Afrah Al-Maqtari'],
    organization: 'Yemen Civilian Harm Observatory',
    published: '2022-08-19',
    regions: ['middle-east-north-africa'],
    countries: ['YE'],
    themes: ['civilian-protection', 'accountability'],
  },
  {
    title: 'Declaración en solidaridad con las personas defensoras de derechos humanos en Guatemala',
    kind: 'STATEMENT',
    summary:
      'El Centro expresa su solidaridad con las y los defensores, fiscales y jueces criminalizados en Guatemala por su trabajo en casos de justicia transicional.',
    body: `El Centro de Memoria y Justicia del Istmo expresa su profunda preocupación por la criminalización de defensoras y defensores de derechos humanos, operadores de justicia y periodistas en Guatemala.

En los últimos años, varias personas que impulsaron juicios por graves violaciones cometidas durante el conflicto armado han sido procesadas, detenidas o forzadas al exilio. Estos procesos envían un mensaje claro a las víctimas: buscar justicia tiene un precio.

## Nuestro llamado

- Que cesen los procesos penales infundados contra defensoras, defensores, fiscales y jueces.
- Que se garantice la independencia judicial y la continuidad de los juicios por crímenes del pasado.
- Que la comunidad internacional acompañe de cerca estos casos.

Las víctimas del conflicto armado esperaron décadas para ser escuchadas en un tribunal. No permitiremos que ese camino se cierre. Seguiremos acompañando a las familias y exigiendo verdad, justicia y reparación.`,
    authors: ['Ana Lucía Xicay', 'Héctor Mejía Castañeda'],
    organization: 'Centro de Memoria y Justicia del Istmo',
    published: '2023-09-12',
    regions: ['americas'],
    countries: ['GT'],
    themes: ['accountability', 'transitional-justice', 'civilian-protection'],
    language: 'es',
  },

  // ───────────────────────────── Journal articles ─────────────────────────────
  {
    title: 'Measuring the Predictive Value of Community Early Warning Indicators: Evidence from Eastern Congo',
    kind: 'JOURNAL',
    summary:
      'Using five years of community monitoring data, this article tests which locally defined indicators best predict attacks on civilians in North and South Kivu.',
    body: `## Abstract

Community-based early warning systems are widely promoted but rarely evaluated. This article uses 11,800 reports submitted by community monitors in North and South Kivu between 2018 and 2022 to assess which indicators predicted attacks on civilians within the following thirty days.

## Data and methods

We matched monitors' reports with an independent dataset of violent events and estimated the predictive value of each indicator using logistic regression with fixed effects for territory and season. Monitors' reports were coded by two independent coders.

## Findings

Three indicators had substantial predictive value:

- reports of **armed men buying large quantities of food** in local markets;
- **night-time movement of families** out of villages;
- **threats broadcast in local languages** targeting a specific community.

By contrast, widely used indicators such as "rumours of attack" had little predictive value on their own, largely because they were reported very frequently.

## Discussion

The findings suggest that community indicators carry information not captured by conventional datasets, but that systems should prioritise a small number of concrete, observable signs. We discuss implications for the design of alert thresholds and for the protection of monitors.`,
    authors: ['Daniel Osei-Tutu', 'Rachel Whitcombe', 'David Kambale Muhindo'],
    organization: 'Northbridge University Atrocity Prevention Lab',
    source: 'Quarterly Review of Peace Studies',
    sourceUrl: 'https://example.org/quarterly-review-peace-studies/community-indicators-drc',
    published: '2024-10-15',
    regions: ['africa'],
    countries: ['CD'],
    themes: ['early-warning', 'civilian-protection'],
  },
  {
    title: 'Truth Commissions and the Politics of Apology in the Southern Cone',
    kind: 'JOURNAL',
    summary:
      'A comparative study of official apologies following truth commissions in Argentina, Chile and Uruguay, and how victims received them.',
    body: `## Abstract

Official apologies have become a standard element of transitional justice. This article compares the apologies offered by state authorities in Argentina, Chile and Uruguay following the work of truth commissions, and examines how victims' organisations received them.

## Argument

We argue that apologies were valued by victims when they were **specific** (naming the crimes and the institutions responsible), **accompanied by action** (reparations, trials, access to archives) and **repeated over time** rather than offered once. Apologies perceived as closing the past, or linked to calls for reconciliation without justice, were widely rejected.

## Sources

The study draws on the text of official statements, press coverage, and 46 interviews with members of victims' and human rights organisations conducted between 2018 and 2021, as well as archival collections held in Montevideo and Santiago.

## Conclusion

Apologies are not an end point. In the Southern Cone, they have been most meaningful as part of a continuing process in which archives are opened, trials resumed and memory sites protected. The findings have implications for transitional contexts where apologies are proposed as a substitute for accountability.`,
    authors: ['Valentina Correa Ibáñez', 'Martín Echenique'],
    source: 'Journal of Memory and Transition',
    sourceUrl: 'https://example.org/journal-memory-transition/apology-southern-cone',
    published: '2022-03-24',
    regions: ['americas'],
    countries: ['AR', 'CL', 'UY'],
    themes: ['transitional-justice', 'accountability'],
  },
  {
    title: 'Universal Jurisdiction in Practice: Atrocity Cases in European Courts, 2015–2023',
    kind: 'JOURNAL',
    summary:
      "Drawing on the Centre's database of 214 cases, this article examines how European courts have used universal jurisdiction to try crimes committed in Syria, Iraq, Rwanda and elsewhere.",
    body: `## Abstract

In the absence of international tribunals for many contemporary conflicts, national courts in Europe have become important venues for the prosecution of atrocity crimes. This article analyses 214 cases opened under universal or extraterritorial jurisdiction in eleven European states between 2015 and 2023.

## Findings

- Most cases concerned crimes committed in Syria and Iraq, followed by Rwanda, Liberia and Gambia.
- Prosecutions were concentrated in a small number of states with specialised war crimes units, notably Germany, Sweden, France and the Netherlands.
- **Documentation by civil society** played a role in more than half of the cases, either by identifying suspects or by connecting investigators with witnesses.
- Victims' participation varied widely, depending on national rules of procedure.

## Challenges

We identify persistent challenges: access to witnesses living outside Europe, the protection of witnesses' families in countries of origin, translation, and the limited outreach of trials to affected communities.

## Conclusion

Universal jurisdiction cannot replace accountability in the countries where crimes were committed, but it has become a vital complement. We propose measures to strengthen cooperation between documentation groups and prosecutors while respecting their different roles.`,
    authors: ['Claire Moret', 'Amir Haddad-Schneider'],
    organization: 'Lakeside Centre for International Criminal Justice',
    published: '2024-07-17',
    regions: ['europe', 'middle-east-north-africa', 'africa'],
    countries: ['DE', 'SE', 'FR', 'NL', 'SY', 'IQ'],
    themes: ['accountability', 'transitional-justice'],
  },
  {
    title: 'Drought, Livestock Prices and Intercommunal Violence in the Horn of Africa',
    kind: 'JOURNAL',
    summary:
      'Combining market price data with conflict event data, this study shows how falling livestock prices during drought are followed by increased raiding and intercommunal violence.',
    body: `## Abstract

This article examines the relationship between drought, livestock markets and intercommunal violence in pastoral areas of Kenya, Ethiopia and Somalia between 2010 and 2023. We combine monthly livestock price data from 58 markets with rainfall data and geo-referenced conflict events.

## Findings

During droughts, livestock prices fall sharply as herders sell animals they can no longer feed, while grain prices rise. We find that a sharp deterioration in the livestock-to-grain terms of trade is followed by a significant increase in cattle raiding and intercommunal killings over the following three months.

The effect is strongest where:

- grazing areas are shared across administrative or ethnic boundaries;
- small arms are widely available;
- local peace committees are inactive.

## Implications

The findings support the use of market data as an early warning indicator and suggest that interventions such as livestock offtake programmes and cash transfers during drought could reduce violence as well as hunger. We discuss how this evidence has been incorporated into regional risk assessments.`,
    authors: ['Liya Tesfaye', 'James Kiprono', 'Hodan Ali Warsame'],
    organization: 'Eastern Africa Centre for Conflict Research',
    published: '2025-05-29',
    regions: ['africa'],
    countries: ['KE', 'ET', 'SO'],
    themes: ['climate-and-conflict', 'early-warning'],
  },
  {
    title: 'Vernacular Security: How Women Negotiate Protection in Displacement Camps',
    kind: 'JOURNAL',
    summary:
      'An ethnographic study of how displaced women in camps in Bangladesh and Myanmar create their own strategies to stay safe, often outside formal protection systems.',
    body: `## Abstract

Protection in displacement camps is usually studied from the perspective of humanitarian agencies. This article instead examines the everyday strategies through which displaced women themselves seek safety. It draws on eighteen months of ethnographic fieldwork in camps in Cox's Bazar, Bangladesh, and in displacement sites in Kachin State, Myanmar.

## Findings

Women described a range of "vernacular" security practices:

- moving in groups to latrines, water points and distribution sites;
- informal networks that share information about threats and abusive men;
- negotiating with block leaders, religious figures and, at times, armed men;
- strategic use of marriage and kinship ties, with both protective and harmful effects.

These practices often remained invisible to formal protection actors, or were viewed with suspicion.

## Conclusion

We argue that protection programmes should recognise and support women's own strategies rather than replacing them, while remaining attentive to the ways in which these strategies can also reproduce harmful norms. Engaging with vernacular security is essential for a protection approach that is both effective and respectful of women's agency.`,
    authors: ['Eleanor Marsh', 'Hasina Akter', 'Seng Ja Lahpai'],
    published: '2023-08-08',
    regions: ['asia-pacific'],
    countries: ['BD', 'MM'],
    themes: ['women-peace-and-security', 'refugees-and-displacement', 'civilian-protection'],
  },
  {
    title: 'The Afterlives of Documentation: Archives, Evidence and Memory in Post-War Bosnia',
    kind: 'JOURNAL',
    summary:
      "How documentation collected during and after the Bosnian war moved from courtrooms to memorial centres and classrooms, and what this means for today's documenters.",
    body: `## Abstract

Documentation of atrocities is usually collected with a specific purpose: to alert the world, to support prosecutions, to find the missing. This article follows the "afterlives" of documentation from the Bosnian war, tracing how testimonies, photographs and forensic records have been reused over three decades.

## From evidence to memory

Material gathered by journalists, human rights groups and investigators in the 1990s played a central role in international and national trials. Today, much of the same material is displayed in memorial centres, used in school programmes and cited in debates about denial.

## Tensions

- **Consent:** witnesses who agreed to testify in court did not necessarily agree to have their stories exhibited.
- **Ownership:** survivors' associations, courts and archives hold competing claims over the same records.
- **Denial:** court-established facts have not prevented the glorification of convicted war criminals.

## Lessons for current documenters

We argue that documentation projects today should plan for the long term from the outset, including consent for future uses, secure archiving and the involvement of affected communities in decisions about how their stories are used.`,
    authors: ['Emir Hadžić', 'Jelena Marković', 'Ivana Perić'],
    organization: 'Balkan Memory and Accountability Initiative',
    source: 'European Review of Transitional Justice',
    sourceUrl: 'https://example.org/european-review-transitional-justice/afterlives-documentation',
    published: '2021-07-11',
    regions: ['europe'],
    countries: ['BA', 'RS', 'HR'],
    themes: ['transitional-justice', 'human-rights-documentation'],
  },
  {
    title: "Les mécanismes d'alerte précoce ouest-africains à l'épreuve des transitions militaires",
    kind: 'JOURNAL',
    summary:
      "Cet article examine comment les coups d'État et le retrait de plusieurs États de l'organisation régionale ont affaibli les mécanismes d'alerte précoce en Afrique de l'Ouest.",
    body: `## Résumé

L'Afrique de l'Ouest s'est dotée dès la fin des années 1990 d'un dispositif régional d'alerte précoce reposant sur des moniteurs issus de la société civile et des bureaux nationaux. Cet article analyse les effets des transitions militaires au Mali, au Burkina Faso, en Guinée et au Niger sur le fonctionnement de ce dispositif.

## Principaux constats

- La remontée d'informations depuis les pays concernés a fortement diminué, en raison des restrictions imposées à la société civile.
- Les rapports d'alerte, lorsqu'ils existent, peinent à déclencher une réponse politique dans un contexte de tensions entre les autorités de transition et l'organisation régionale.
- Les réseaux locaux de veille se sont adaptés en travaillant de manière plus discrète, souvent au prix d'une moindre visibilité de leurs analyses.

## Conclusion

Nous plaidons pour une articulation plus souple entre dispositifs régionaux et réseaux communautaires d'alerte, afin que la rupture des relations politiques entre États ne se traduise pas par une rupture de la protection des populations civiles.`,
    authors: ['Awa Ndiaye Sarr', 'Boubacar Sidibé'],
    source: 'Cahiers africains de sécurité humaine',
    sourceUrl: 'https://example.org/cahiers-securite-humaine/alerte-precoce-transitions',
    published: '2025-01-20',
    regions: ['africa'],
    countries: ['ML', 'BF', 'GN', 'NE'],
    themes: ['early-warning', 'civilian-protection'],
    language: 'fr',
  },
  {
    title: 'Algorithmic Amplification and Atrocity Risk: A Research Agenda',
    kind: 'JOURNAL',
    summary:
      'This article proposes a research agenda on how recommendation algorithms may amplify dehumanising content in situations at risk of mass atrocities.',
    body: `## Abstract

Hate speech has long been recognised as a risk factor for atrocity crimes. What has changed is the speed and scale at which dehumanising content can spread. This article reviews existing research on the role of social media in recent episodes of mass violence and proposes a research agenda focused on algorithmic amplification.

## Gaps in current research

- Most studies focus on content, not on the systems that determine who sees it.
- Research is concentrated on English-language content and on a few countries.
- Researchers' access to platform data remains limited and unstable.

## Proposed agenda

1. **Comparative studies** across languages and platforms, with local researchers as full partners.
2. **Event-based analysis** linking shifts in online exposure to offline violence.
3. **Audit methods** to test how recommendation systems treat content targeting vulnerable groups.
4. **Ethical frameworks** for research involving content that may endanger identifiable people.

## Conclusion

Understanding amplification is essential if early warning systems are to keep pace with the information environment in which violence is now organised. We invite partners in affected regions to collaborate on the first phase of this agenda.`,
    authors: ['Rachel Whitcombe', 'Arjun Mehta', 'Mekdes Alemu'],
    organization: 'Northbridge University Atrocity Prevention Lab',
    published: '2026-01-28',
    regions: ['africa', 'asia-pacific', 'americas'],
    countries: ['ET', 'MM', 'IN', 'CA'],
    themes: ['hate-speech', 'early-warning'],
  },

  // ───────────────────────────── Toolkits ─────────────────────────────
  {
    title: 'Community Early Warning Toolkit',
    kind: 'TOOLKIT',
    summary:
      'A practical guide for communities and local organisations that want to set up their own early warning and response system, based on fifteen years of experience in the Great Lakes region.',
    body: `This toolkit is for village committees, local associations and community leaders who want to recognise warning signs of violence early and respond to them. It draws on the experience of the Great Lakes Early Warning Initiative and of coalition members in the Sahel, Mindanao and Colombia.

It can be used as a whole, as a training curriculum over three or four days, or section by section. Each section ends with questions for group discussion. Printable versions in English, French and Kiswahili are available at [example.org/great-lakes-early-warning/toolkit](https://example.org/great-lakes-early-warning/toolkit).`,
    authors: ['Espérance Mapendo Bahati', 'David Kambale Muhindo', 'Teresita Dalisay'],
    organization: 'Great Lakes Early Warning Initiative',
    published: '2024-05-21',
    regions: ['africa', 'asia-pacific', 'americas'],
    countries: ['CD', 'BI', 'ML', 'PH', 'CO'],
    themes: ['early-warning', 'civilian-protection', 'peacebuilding'],
    sections: [
      {
        heading: '1. What community early warning is, and what it is not',
        body: `Community early warning means that the people who are at risk observe, discuss and act on signs that violence may be coming. It does not replace the responsibility of the state to protect civilians, and it is not intelligence gathering for any armed actor.

A good system has three parts that must work together:

- **Observation:** noticing warning signs in daily life.
- **Analysis:** deciding together whether the signs are serious.
- **Response:** acting quickly to reduce the risk, and alerting those who can help.

A system that observes and analyses but never responds will quickly lose the trust of the community. Plan the response first.`,
      },
      {
        heading: '2. Forming an early warning committee',
        body: `A committee of five to nine people is usually enough. Its members should be trusted across the community and reflect its diversity.

- Include **women**, who often notice changes first at markets, water points and in schools.
- Include **young people**, who know what circulates on phones and social media.
- Include people from **minority groups**, herders, traders or displaced families, depending on the context.
- Avoid members who hold positions in armed groups or security forces.

Agree from the start on how the committee will meet, how decisions are made, and how members will be replaced. Rotating some members every year reduces the risk that they become targets.`,
      },
      {
        heading: '3. Choosing your warning signs',
        body: `Every community has its own signs. The committee should agree on a short list, ideally no more than ten, that are **concrete** and **observable**. Examples from coalition members include:

1. unknown armed men buying food or fuel in large quantities;
2. families quietly leaving the village at night or sending children away;
3. threats, insults or rumours targeting a community on the radio or messaging groups;
4. unusual movements of livestock or closure of usual routes;
5. the arrest or disappearance of community leaders.

Avoid vague signs such as "tension is rising". Review the list every six months: signs that never precede violence should be removed, and new ones added.`,
      },
      {
        heading: '4. Sharing alerts safely',
        body: `How information travels can put people at risk. Before sharing an alert, ask: who needs to know, and what is the minimum they need to know?

- Use code words agreed in advance rather than names of people or places on open channels.
- Never share the names of informants or committee members outside the committee.
- Keep written records in a safe place, or do not keep them at all if the risk is too high.
- Agree on a second channel, such as a community radio or a trusted messenger, in case phone networks are cut.

Alerts should reach both the community itself and the authorities or organisations able to respond, such as local officials, peacekeepers, humanitarian agencies or the coalition's regional focal point.`,
      },
      {
        heading: '5. Responding to an alert',
        body: `A response plan answers the question: *if we see these signs, what do we do?* Prepare it in advance, together with the community.

Possible responses include:

- moving women, children and older people to a safer location temporarily;
- changing the day or place of the market, or the routes to fields and schools;
- sending a delegation of elders, religious leaders or women mediators to speak with the other community;
- asking authorities or peacekeepers for patrols;
- broadcasting a message to calm rumours.

After each alert, meet to discuss what worked and what did not. Record the lessons so that the next response is better.`,
      },
      {
        heading: '6. Protecting the people who warn',
        body: `Monitors and committee members can be accused of being informants, by armed groups, by security forces, or by their own neighbours. Their protection must be part of the system from the beginning.

- Keep the list of committee members confidential.
- Agree on a plan for what to do if a member is threatened, including where they can go.
- Make sure members know they can step down at any time without explanation.
- Offer opportunities to talk about stress and fear; monitoring violence takes a heavy toll.

The coalition's solidarity fund can support members who face threats because of their early warning work.`,
      },
    ],
  },
  {
    title: 'Documenting Violations Safely: a Toolkit for Local Monitors',
    kind: 'TOOLKIT',
    summary:
      'Step-by-step guidance for local monitors on collecting testimonies, photos and videos of human rights violations in a way that protects witnesses and preserves evidence.',
    body: `This toolkit is written for local monitors, community paralegals and small organisations that document human rights violations in conflict. It was developed by the Mekong Rights Documentation Centre with input from open-source investigators and lawyers in other coalition member organisations.

Its guiding principle is simple: **no piece of evidence is worth a life**. Good documentation protects the people who provide it, respects their choices and produces material that can be trusted years later. The templates mentioned in the sections can be downloaded from [example.org/mekong-rights/documentation-toolkit](https://example.org/mekong-rights/documentation-toolkit).`,
    authors: ['Saw Eh Htoo', 'Hannah Okafor-Reid', 'Pimchanok Srisuk'],
    organization: 'Mekong Rights Documentation Centre',
    published: '2025-03-10',
    regions: ['asia-pacific', 'europe', 'middle-east-north-africa'],
    countries: ['MM', 'TH', 'UA', 'SY'],
    themes: ['human-rights-documentation', 'accountability'],
    sections: [
      {
        heading: 'Before you start: assessing the risks',
        body: `Before documenting anything, think about who could be harmed: the witness, their family, you, your colleagues, the wider community. Ask yourself:

- Who controls the area, and what would they do if they learned about the documentation?
- Can the witness be identified from what they say, where they live or how they look?
- How will you travel, communicate and store information?

If the risks are too high, it is better to wait, or to document less. Record your risk assessment, and review it whenever the situation changes.`,
      },
      {
        heading: 'Informed consent',
        body: `Consent is not a signature at the bottom of a form. It means the witness understands who you are, why you are collecting their account, how it will be used, who will see it and what the risks are.

1. Explain all of this in a language the witness understands well.
2. Tell them they can refuse to answer any question, stop at any time and withdraw their consent later.
3. Ask separately about each use: a public report, sharing with investigators, using their photo, using their voice.
4. Do not promise things you cannot deliver, such as justice, money or relocation.

Record consent in a way that is safe: in some contexts, a written form with the witness's name is itself a danger.`,
      },
      {
        heading: 'Interviewing survivors and witnesses',
        body: `Interviews can bring back painful memories. Plan them carefully.

- Choose a private, safe place where the witness feels comfortable.
- Ask whether they would prefer an interviewer of a particular gender.
- Start with open questions, let them tell their story in their own words, and only then ask for specific details: dates, places, descriptions of perpetrators, uniforms, vehicles, weapons.
- Watch for signs of distress, and offer breaks.
- Know in advance where you can refer the person for medical, psychological or legal support.

Never interview children about violence they have suffered unless you are trained to do so and a trusted adult is present.`,
      },
      {
        heading: 'Photos, videos and digital files',
        body: `Digital material can be powerful evidence, but only if it can be shown to be authentic and unaltered.

- **Keep the original file.** Do not edit, crop, compress or rename it. Send it as a file, not through apps that strip metadata, unless you have to protect someone.
- **Record the context:** who took it, when, where and with what device.
- **Calculate a hash** of each file when you receive it and store it with the file; the templates explain how.
- **Make copies** on at least two encrypted storage devices kept in different places.

When sharing images publicly, blur faces and remove metadata to protect the people in them. Keep the originals separately for investigators.`,
      },
      {
        heading: 'Storing and sharing your documentation',
        body: `Your archive may be the only record of what happened. Protect it as carefully as the witnesses.

- Use encrypted devices and strong passphrases; never keep the only copy on a phone.
- Separate identifying information (names, contacts) from the content of testimonies, and link them with codes.
- Keep a log of who has accessed the material and when.
- Before sharing with journalists, researchers or investigators, check that the witness consented to that use, and agree in writing on how the material will be protected.

Plan for emergencies: who will take care of the archive if your office is raided or you have to flee?`,
      },
      {
        heading: 'Looking after yourself and your team',
        body: `Listening to accounts of violence every day has a cost. Monitors frequently experience sleeplessness, irritability, numbness or intrusive memories. These are normal reactions, not signs of weakness.

- Set limits on the number of interviews per day.
- Debrief with a colleague after difficult interviews.
- Take regular breaks from the work, and from the news.
- Ask your organisation, or the coalition, about access to psychosocial support.

Organisations should budget for the wellbeing of their monitors in the same way they budget for equipment and travel.`,
      },
    ],
  },

  // ───────────────────────────── Other ─────────────────────────────
  {
    title: 'Annual Assembly 2025: Summary of Discussions and Decisions',
    kind: 'OTHER',
    summary:
      "Summary of the coalition's 2025 annual assembly, held online and in Nairobi, including decisions on membership, campaigns and the budget.",
    body: `The 2025 annual assembly of the Coalition for Civilian Protection was held on 2 and 3 December, in Nairobi and online. Representatives of 33 member organisations took part, as well as four supporters as observers. This summary is for members only.

## Main decisions

- The assembly **approved the 2026 budget** and the plan to reduce secretariat costs by 12% in response to lower donor funding.
- It **adopted two new campaigns** for 2026: an independent monitoring mechanism for the central Sahel, and a campaign for the protection of local journalists.
- It **confirmed the lapse of membership** of two organisations that had not participated or paid their contribution for two years, while inviting them to reapply when possible.

## Discussions

Members discussed the impact of funding cuts on field monitoring, the security of members in countries where civil society is under pressure, and the coalition's position on engagement with armed groups. A working group was mandated to prepare a position paper for the steering committee.

## Elections

Three seats on the steering committee were renewed, one each for Africa, the Americas and the Middle East and North Africa. The full minutes are available in the members' document library.`,
    authors: ['Kofi Mensah-Larbi'],
    published: '2025-12-04',
    regions: ['africa', 'americas', 'asia-pacific', 'europe', 'middle-east-north-africa'],
    themes: ['peacebuilding', 'early-warning'],
    visibility: 'MEMBERS',
  },
  {
    title: 'Interview: A Former Prosecutor on Building Atrocity Cases from Afar',
    kind: 'OTHER',
    summary:
      'A former war crimes prosecutor explains what documentation groups can do to help cases succeed, and the mistakes they should avoid.',
    body: `*Margarethe Ekström spent fourteen years as a war crimes prosecutor before joining a university research centre. We spoke to her about the cooperation between civil society documenters and prosecutors.*

**Most atrocity cases in Europe concern crimes committed thousands of kilometres away. How do you build a case from afar?**

You rely on people who were there. Witnesses who now live in Europe, of course, but also documentation groups who collected testimonies, photos and videos at the time. Very often, a case starts because a civil society organisation tells us that a suspect is living in our country.

**What makes documentation useful to a prosecutor?**

Three things: we need to know where it came from, that it has not been changed, and that witnesses were not influenced. The best documenters record exactly how they collected each piece of information. The worst mistake is to interview a witness many times, in different settings, so that their account changes and the defence can challenge it.

**What would you say to a small organisation that wants to help?**

Focus on what you do well, which is reaching witnesses and understanding the context. Do not try to do the prosecutor's job. Keep your originals, protect your witnesses, and get in touch with investigators early. And be patient: cases can take years.`,
    authors: ['Leila Benali'],
    source: 'Dispatches from The Hague',
    sourceUrl: 'https://example.org/dispatches-from-the-hague/interview-prosecutor',
    published: '2026-02-26',
    regions: ['europe'],
    countries: ['SE', 'NL', 'DE'],
    themes: ['accountability', 'human-rights-documentation'],
  },
  {
    title: 'Map Briefing: Displacement Routes Through the Central Mediterranean',
    kind: 'OTHER',
    summary:
      'A commented map of the main routes used by migrants and refugees from the Sahel and Sudan through Libya and Tunisia, with the protection risks along each route. Shared with members only.',
    body: `This map briefing accompanies an interactive map available to members in the document library. It is restricted because some of the route data was shared with us by partners on condition that it would not be published.

## Main routes

- **Sudan – Kufra – Benghazi or Tripoli:** used increasingly by people fleeing the war in Sudan since 2023.
- **Niger – Sabha – Tripoli:** historically the main route from West Africa, with high risks of detention and extortion.
- **Algeria – Tunisia – Sfax:** used by many West Africans, with frequent expulsions to desert border areas.

## Protection risks along the routes

1. Kidnapping for ransom and forced labour in southern Libya.
2. Arbitrary detention in official and unofficial centres.
3. Expulsions to remote border areas without water or shelter.
4. Shipwrecks and interceptions at sea.

## How to use this briefing

Members can use the general findings in advocacy, but should not reproduce the map or quote locality-level data. For questions, contact the research team at the Maghreb Centre.`,
    authors: ['Youssef Ben Salem', 'Salma Trabelsi'],
    organization: 'Maghreb Centre for Conflict and Migration Studies',
    published: '2025-07-02',
    regions: ['middle-east-north-africa', 'africa', 'europe'],
    countries: ['LY', 'TN', 'DZ', 'NE', 'SD', 'IT', 'MT'],
    themes: ['refugees-and-displacement', 'civilian-protection'],
    visibility: 'MEMBERS',
  },
  {
    title: 'Reading List: Twenty Books on Atrocity Prevention',
    kind: 'OTHER',
    summary:
      "The Atrocity Prevention Lab's annotated reading list for practitioners and students, from the history of genocide to the practice of early warning and mediation.",
    body: `Every year on Human Rights Day, our lab publishes a reading list for practitioners, students and anyone who wants to understand how mass atrocities happen and how they can be prevented. This year's list includes twenty titles, grouped in four themes.

## Understanding atrocities

Classic and recent studies on how ordinary people come to participate in mass violence, and on the role of ideology, fear and opportunity. We recommend starting with the historical studies before moving to the comparative ones.

## Early warning and prevention

Works on risk assessment, early warning systems and the politics of response, including critical perspectives on why warnings are so often ignored.

## Justice and memory

Books on trials, truth commissions and memorials, and on the long-term consequences of atrocities for survivors and their societies.

## Voices from the field

Memoirs and reportage by survivors, journalists, mediators and human rights defenders. These are often the most powerful entry point for new readers.

The full annotated list, with notes on availability in French, Spanish and Arabic, is available at [example.org/northbridge-apl/reading-list](https://example.org/northbridge-apl/reading-list).`,
    authors: ['Rachel Whitcombe', 'Daniel Osei-Tutu'],
    organization: 'Northbridge University Atrocity Prevention Lab',
    published: '2024-12-10',
    regions: ['africa', 'americas', 'asia-pacific', 'europe', 'middle-east-north-africa'],
    themes: ['early-warning', 'accountability', 'transitional-justice'],
  },
  {
    title: 'Internal Briefing: Security Protocol for Member Visits to Eastern DRC',
    kind: 'OTHER',
    summary:
      'Security guidance for coalition members planning field visits to North and South Kivu, including contacts, movement rules and emergency procedures. Members only.',
    body: `This briefing is for coalition members planning visits to North and South Kivu. It was prepared with the Great Lakes Early Warning Initiative and is updated every quarter. It does not replace your own organisation's security policy.

## Before travelling

- Inform the coalition's Africa focal point of your dates and itinerary at least two weeks in advance.
- Check the latest alerts from the early warning network; some areas may be inaccessible at short notice.
- Make sure your insurance covers travel to the areas you plan to visit.

## Movement rules

1. Do not travel by road after dark.
2. Travel only with a local partner who knows the route, and with two charged phones.
3. Avoid photographing military positions, checkpoints or armed men.
4. Check in with the focal point at agreed times each day.

## Protecting partners

Your visit can expose local partners to risk. Do not post about meetings on social media, and agree with partners in advance how the visit will be described if you are questioned.

## In an emergency

Contact the focal point and your organisation immediately. The emergency contact list is available in the members' document library and should be saved on your phone before departure.`,
    authors: ['David Kambale Muhindo', 'Kofi Mensah-Larbi'],
    published: '2026-08-18',
    regions: ['africa'],
    countries: ['CD'],
    themes: ['civilian-protection'],
    visibility: 'MEMBERS',
  },
  {
    title: 'In Memoriam: Sister Lucía Ramírez Ortega (1948–2025)',
    kind: 'OTHER',
    summary:
      'The Ecumenical Accompaniment Service remembers Sister Lucía, who accompanied communities on the Atrato river for more than twenty years.',
    body: `It is with great sadness that we share the news of the death of Sister Lucía Ramírez Ortega, who passed away peacefully in Quibdó on 24 September 2025, at the age of 77.

Sister Lucía came to Chocó in 1999, at a time when entire communities were being displaced from the Atrato river. She stayed with them for more than twenty years: travelling by boat to the most isolated villages, sitting with families who had lost loved ones, and standing beside community leaders when they met with military commanders and government officials.

Many of our volunteers learned the meaning of accompaniment from her. She used to say: *"We do not protect anyone. We stand with them, so that they can protect themselves."*

She never sought recognition. When a community council invited her to receive an award, she asked them to give the prize to the young people's football team instead.

We give thanks for her life and her witness. A memorial mass will be held in Quibdó, and messages for her community can be sent through [our website](https://example.org/ecumenical-accompaniment/lucia).`,
    authors: ['Jonas Lindqvist', 'Sister Marta Olaya'],
    organization: 'Ecumenical Accompaniment Service of the Americas',
    published: '2025-10-02',
    regions: ['americas'],
    countries: ['CO'],
    themes: ['peacebuilding', 'civilian-protection'],
  },
  {
    title: 'Event Report: Youth Dialogue on Hate Speech in the South Caucasus',
    kind: 'OTHER',
    summary:
      'Thirty young people from Georgia, Armenia and Azerbaijan met in Tbilisi to discuss hostile narratives online and design joint counter-speech projects.',
    body: `From 12 to 16 October 2026, the Caucasus Dialogue Initiative brought together thirty young people aged 18 to 28 from Georgia, Armenia and Azerbaijan for a five-day dialogue in Tbilisi on hate speech and hostile narratives.

## What participants discussed

- How textbooks, songs and television shape images of neighbouring peoples from an early age.
- The role of social media in spreading dehumanising language after incidents on the borders.
- Personal experiences of being attacked online for speaking with "the other side".

## What they created

Working in mixed teams, participants designed six counter-speech projects, including a podcast series in three languages, a photo exhibition on shared everyday life, and a guide for young journalists on reporting without stereotypes. Three projects will receive small grants to be implemented in 2027.

## What participants said

*"I came expecting to argue. I leave with friends I will defend online,"* said one participant from Yerevan. Another, from Baku, noted that the hardest conversations were not with the other participants, but with her own family when she returned home.

The initiative thanks all participants and the facilitators for their courage and openness.`,
    authors: ['Nino Beridze', 'Armen Sargsyan', 'Leyla Mammadova'],
    organization: 'Caucasus Dialogue Initiative',
    published: '2026-10-21',
    regions: ['europe'],
    countries: ['GE', 'AM', 'AZ'],
    themes: ['youth', 'hate-speech', 'peacebuilding'],
  },
  {
    title: 'Small Grants for Local Monitors and Mediators: Call for Applications 2027',
    kind: 'OTHER',
    summary:
      'The Fjordlys Foundation invites coalition members and their local partners to apply for grants of up to 15,000 euros for monitoring, mediation and community journalism.',
    body: `The Fjordlys Foundation for Civilian Protection is pleased to announce its 2027 call for small grants. The call is open to coalition members and to local partners nominated by them.

## What we fund

- Community early warning and protection committees.
- Documentation of violations by local monitors, including equipment and secure storage.
- Mediation between communities, especially by women and young people.
- Community journalism and fact-checking in conflict-affected areas.

## Grant size and duration

Grants range from 3,000 to 15,000 euros for a period of up to twelve months. Part of each grant may be used for the security and wellbeing of staff and volunteers.

## How to apply

1. Complete the short application form (four pages maximum) in English, French, Spanish or Arabic.
2. Attach a simple budget and, for local partners, a nomination letter from a coalition member.
3. Submit the application before 31 January 2027 through [the foundation's portal](https://example.org/fjordlys-foundation/grants).

Decisions will be announced in March 2027. Priority will be given to organisations that have not previously received a grant from the foundation.`,
    authors: ['Ingrid Solheim'],
    organization: 'Fjordlys Foundation for Civilian Protection',
    published: '2026-11-12',
    regions: ['africa', 'americas', 'asia-pacific', 'europe', 'middle-east-north-africa'],
    themes: ['human-rights-documentation', 'peacebuilding', 'media-freedom'],
  },
];

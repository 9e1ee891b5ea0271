// Demo campaigns of the fictional "Coalition for Civilian Protection".
// Signatories, e-mail addresses and the regional protocol are invented; e-mails use RFC 2606 domains only.
import type { DemoCampaign } from './types';

export const demoCampaigns: DemoCampaign[] = [
  {
    title: 'Eyes on the Ground: An Independent Monitoring Mechanism for the Central Sahel',
    goal: 'Secure the creation of an independent mechanism to monitor, investigate and report on attacks against civilians in Mali, Burkina Faso and Niger.',
    callToAction: 'Sign the call for independent monitoring in the central Sahel',
    body: `Every week, villages in the central Sahel are attacked, markets burned and families forced to flee. Armed groups, security forces and their auxiliaries have all been accused of killing civilians. Yet almost none of these crimes are independently investigated.

Our member organisations in Mali, Burkina Faso and Niger document what they can, but they do so under growing pressure. Associations have been suspended, activists arrested and journalists expelled. International monitoring presences have been closed or withdrawn. **Today, no independent body has the mandate and the access to establish what is happening to civilians in the region.**

Without reliable information, warnings go unheard, victims are forgotten, and perpetrators on all sides act with impunity. Independent monitoring is not a luxury: it is the condition for protecting civilians, for delivering humanitarian aid where it is most needed, and for any future justice.

We therefore call for the creation of an **independent mechanism** with a mandate to:

- monitor and report publicly on attacks against civilians, whoever the perpetrators;
- collect and preserve evidence of serious violations for future accountability;
- work with and protect local civil society monitors;
- make recommendations to prevent further violence.

Such a mechanism can be established by the UN Human Rights Council, by the African Union, or jointly. What matters is that it is independent, adequately resourced and able to work safely with the people on the ground.

Add your name to this call. Signatures will be presented to member states of the Human Rights Council and the African Union Peace and Security Council ahead of their next sessions. Read our [background brief](https://example.org/coalition/sahel-monitoring-brief).`,
    targets: [
      'Member states of the UN Human Rights Council',
      'The African Union Peace and Security Council',
      'Governments of Mali, Burkina Faso and Niger',
    ],
    regions: ['africa'],
    starts: '2026-03-01',
    ends: '2027-03-31',
    status: 'ACTIVE',
    signatureGoal: 5000,
    updates: [
      {
        title: 'Campaign launched with 26 member organisations',
        published: '2026-03-02',
        body: `We launched the campaign yesterday with the support of 26 coalition members from Africa, Europe and the Middle East and North Africa. The first signatures came in within hours, from the Sahel and from Europe.

Our colleagues in the Sahel have asked us to stress that **the campaign is addressed to all parties**. We are not taking sides in the conflict: we are asking that every attack on civilians be documented and investigated, whoever is responsible.

Please share the campaign with your networks.`,
      },
      {
        title: 'Briefing to diplomats in Geneva',
        published: '2026-06-24',
        body: `During the June session of the Human Rights Council, coalition members briefed diplomats from 14 delegations on the situation of civilians in the central Sahel. The briefing, held behind closed doors to protect the speakers, included testimony from a member of a village alert committee.

Several delegations expressed interest in exploring options for independent monitoring, while noting the political difficulties. We will follow up ahead of the September session.

Thank you to everyone who has signed so far. Every signature helps us show that there is public support for action.`,
      },
      {
        title: 'A side event at the African Union',
        published: '2026-10-08',
        body: `On 6 October, the Women Mediators of the Lake Chad Basin and the Sahel Civilian Monitoring Network co-organised a side event in Addis Ababa with African Union officials and civil society from the region. Speakers highlighted the need for any mechanism to include a strong focus on the protection of local monitors and on sexual violence.

Our next step is to present the signatures to Council members before the end of the year.`,
      },
    ],
    signatures: [
      {
        name: 'Aminata Coulibaly',
        email: 'aminata.coulibaly@example.org',
        country: 'ML',
        comment: 'Our villages deserve to have the truth told about what happens to them.',
      },
      { name: 'Idrissa Ouédraogo', email: 'i.ouedraogo@example.net', country: 'BF', isPublic: false },
      {
        name: 'Fatoumata Hama Cissé',
        email: 'fatoumata.cisse@example.com',
        country: 'NE',
        comment: "Sans témoins indépendants, il n'y a ni justice ni paix.",
      },
      { name: 'Sarah Müller', email: 'sarah.mueller@example.org', country: 'DE' },
      {
        name: 'Jean-Baptiste Lefèvre',
        email: 'jb.lefevre@example.net',
        country: 'FR',
        comment: 'Signed on behalf of my parish solidarity group.',
      },
      { name: 'Ngozi Eze', email: 'ngozi.eze@example.com', country: 'NG' },
      { name: 'Moussa Diarra', email: 'moussa.diarra@example.org', country: 'ML', isPublic: false },
      {
        name: 'Elin Johansson',
        email: 'elin.johansson@example.com',
        country: 'SE',
        comment: 'Independent monitoring saves lives. Sweden should support this at the Council.',
      },
      { name: 'Kwabena Owusu', email: 'kwabena.owusu@example.net', country: 'GH' },
      { name: 'Mariana Lopes', email: 'mariana.lopes@example.org', country: 'PT' },
      {
        name: 'Abdoulaye Ba',
        email: 'abdoulaye.ba@example.com',
        country: 'SN',
        comment: 'Solidarity with the people of the central Sahel.',
      },
      { name: 'Hélène Dubois', email: 'helene.dubois@example.org', country: 'BE' },
      { name: 'Yusuf Adamu', email: 'yusuf.adamu@example.net', country: 'NE', isPublic: false },
      { name: 'Thomas Reilly', email: 'thomas.reilly@example.com', country: 'IE' },
      {
        name: 'Zainab Touré',
        email: 'zainab.toure@example.org',
        country: 'CI',
        comment: 'Women and children are paying the highest price.',
      },
      { name: 'Salif Kaboré', email: 'salif.kabore@example.net', country: 'BF' },
    ],
    endorsements: [
      'Sahel Civilian Monitoring Network',
      'Women Mediators of the Lake Chad Basin',
      'Forum for Atrocity Prevention in Europe',
      'Maghreb Centre for Conflict and Migration Studies',
      'Eastern Africa Centre for Conflict Research',
    ],
  },
  {
    title: 'Protect the Messengers: Safety for Local Journalists in Conflict Zones',
    goal: 'Win concrete commitments from governments and media organisations to protect the local journalists who report from conflict zones.',
    callToAction: 'Stand with local journalists: ask governments and newsrooms to protect them',
    body: `Most of the images and stories that reach us from war zones are produced by local journalists: reporters, photographers, fixers and community radio hosts who cover their own communities. They are the first to document attacks on civilians, and often the first to be targeted.

Our report [Silence by Design](https://example.org/coalition/silence-by-design) gathered the testimonies of 84 local journalists from six countries. Almost all had been threatened; more than half had been detained. Most worked without contracts, insurance or safety training, and many of the outlets that published their work took no responsibility for their safety.

**When local journalists are silenced, atrocities go unseen.** Early warning depends on information. Accountability depends on evidence. Protecting the messengers is part of protecting civilians.

We are asking for three things:

1. **Governments** must investigate every attack on a journalist, release journalists detained for their work, and offer visas and legal status to journalists forced into exile.
2. **Media organisations** must adopt minimum standards for the pay, insurance, training and safety of the local contributors whose work they publish.
3. **Donors and platforms** must fund emergency support and act quickly against coordinated harassment campaigns.

This campaign is led by the coalition's media members, with the support of organisations working on documentation and accountability. Sign to add your voice, and share the campaign with the journalists and editors you know.`,
    targets: [
      'UNESCO member states',
      'Governments hosting exiled journalists',
      'International news organisations and agencies',
      'Major social media platforms',
    ],
    regions: ['africa', 'americas', 'asia-pacific', 'middle-east-north-africa'],
    starts: '2026-05-03',
    status: 'ACTIVE',
    signatureGoal: 2500,
    updates: [
      {
        title: 'Launched on World Press Freedom Day',
        published: '2026-05-03',
        body: `Today, on World Press Freedom Day, we launch *Protect the Messengers* together with our report *Silence by Design*.

The campaign is led by Bab al-Khabar Independent Newsroom, Red de Periodistas de la Frontera, Frontline Lens Asia and Voices of Juba Radio Collective. Thank you to everyone who joined the launch webinar: more than 300 people from 40 countries.`,
      },
      {
        title: 'Two international outlets sign up to our minimum standards',
        published: '2026-09-17',
        body: `We are delighted to announce that two international news organisations have committed to adopt our **minimum standards for local contributors**, including insurance, fair pay within 30 days and access to safety training.

This is a first step. We are in discussion with several other outlets and agencies, and we will publish a public tracker of commitments before the end of the year.

Thank you to everyone who has signed so far. Please keep sharing!`,
      },
    ],
    signatures: [
      {
        name: 'Rasha Khalil',
        email: 'rasha.khalil@example.org',
        country: 'LB',
        comment: 'I have lost two colleagues. This must stop.',
      },
      {
        name: 'Diego Hernández Ruiz',
        email: 'diego.hernandez@example.com',
        country: 'MX',
        comment: 'Sin periodistas locales no hay verdad.',
      },
      { name: 'Ahmad Zia Noori', email: 'ahmad.noori@example.net', country: 'AF', isPublic: false },
      { name: 'Chloé Martin', email: 'chloe.martin@example.org', country: 'FR' },
      { name: 'Kyaw Min Thu', email: 'kyaw.minthu@example.com', country: 'MM', isPublic: false },
      {
        name: 'Emily Carter',
        email: 'emily.carter@example.net',
        country: 'US',
        comment: 'As an editor, I know how much we depend on our local colleagues.',
      },
      { name: 'Omar Al-Hashimi', email: 'omar.alhashimi@example.org', country: 'IQ' },
      { name: 'Achieng Otieno', email: 'achieng.otieno@example.com', country: 'KE' },
      {
        name: 'Lucas Ferreira',
        email: 'lucas.ferreira@example.org',
        country: 'BR',
        comment: 'Solidarity from São Paulo.',
      },
      { name: 'Mariam Yousef', email: 'mariam.yousef@example.net', country: 'SY' },
      {
        name: 'Daniel Okello',
        email: 'daniel.okello@example.com',
        country: 'SS',
        comment: 'Community radio saves lives in South Sudan.',
      },
      { name: 'Priya Raman', email: 'priya.raman@example.org', country: 'IN' },
      { name: 'Anna Kowalska', email: 'anna.kowalska@example.net', country: 'PL' },
      { name: 'Samira Benjelloun', email: 'samira.benjelloun@example.com', country: 'MA' },
      { name: 'Tomás Aguilar', email: 'tomas.aguilar@example.org', country: 'GT', comment: 'Periodismo no es delito.' },
      { name: 'Hiroshi Tanaka', email: 'hiroshi.tanaka@example.net', country: 'JP' },
      { name: 'Nour El-Din Saleh', email: 'nour.saleh@example.org', country: 'YE', isPublic: false },
      { name: 'Rebecca Lindgren', email: 'rebecca.lindgren@example.com', country: 'SE' },
    ],
    endorsements: [
      'Bab al-Khabar Independent Newsroom',
      'Red de Periodistas de la Frontera',
      'Frontline Lens Asia',
      'Voices of Juba Radio Collective',
      'Clearsight Verification Lab',
      'Fjordlys Foundation for Civilian Protection',
    ],
  },
  {
    title: 'Ratify the Regional Protocol on the Prevention of Atrocity Crimes',
    goal: 'Persuade at least five more states of the region to ratify the Regional Protocol on the Prevention of Atrocity Crimes and the Protection of Civilians, so that it can enter into force.',
    callToAction: 'Tell your government to ratify the Protocol',
    body: `In 2022, the states of the region adopted the **Regional Protocol on the Prevention of Atrocity Crimes and the Protection of Civilians**. It was a landmark: for the first time, governments committed in a binding text to establish national prevention focal points, to respond to early warnings, and to cooperate in bringing perpetrators of atrocity crimes to justice.

But a protocol on paper protects no one. The Protocol enters into force only once it has been ratified by eleven states. Two years after its adoption, only six had done so.

The Protocol matters because it would:

- require each state party to appoint a **national focal point** for atrocity prevention and to publish an annual risk assessment;
- create a **regional early warning unit** that civil society can alert directly;
- commit states to **cooperate** in the investigation and prosecution of genocide, war crimes and crimes against humanity;
- recognise the role of **victims, human rights defenders and journalists** and commit states to protecting them.

Many of our members have seen what happens when warnings go unanswered: in Guatemala, in Colombia, in Haiti. The Protocol is a tool to make sure that the next warning is heard.

Sign this petition to ask your government and your parliament to ratify the Protocol without reservations. We will deliver the signatures to foreign ministries and parliamentary committees in the signatory states.`,
    targets: [
      'Foreign ministries of the states that have signed but not ratified the Protocol',
      'National parliaments of the signatory states',
      "The Regional Assembly's Committee on Legal and Political Affairs",
    ],
    regions: ['americas'],
    starts: '2024-03-01',
    ends: '2025-06-30',
    status: 'CLOSED',
    signatureGoal: 1000,
    updates: [
      {
        title: 'Petition delivered to three parliamentary committees',
        published: '2024-09-30',
        body: `Coalition members delivered the signatures gathered so far to parliamentary foreign affairs committees in three signatory states this month. In each case, members of parliament agreed to request an update from their government on the ratification process.

Thank you to the Observatorio Andino de Protección Civil and the Centro de Memoria y Justicia del Istmo for organising the meetings.`,
      },
      {
        title: 'Two new ratifications!',
        published: '2025-02-14',
        body: `We are delighted to report that **two more states have deposited their instruments of ratification**, bringing the total to eight. In both countries, coalition members had met repeatedly with legislators, and our petition was cited during the parliamentary debate.

Three more ratifications are needed for the Protocol to enter into force. We are not stopping now.`,
      },
      {
        title: 'Campaign closed: what we achieved, and what comes next',
        published: '2025-06-30',
        body: `The petition closes today, 30 June. Thank you to everyone who signed and shared it.

During the campaign, the number of ratifications rose from six to nine. A tenth state has completed parliamentary approval and is expected to deposit its instrument soon. The Protocol is now within reach of entry into force.

The coalition will continue to follow the ratification process through our regular advocacy, and will focus next on the **implementation** of the Protocol, starting with the appointment of national focal points. We will keep signatories informed through our newsletter.`,
      },
    ],
    signatures: [
      {
        name: 'Camila Rojas Pineda',
        email: 'camila.rojas@example.com',
        country: 'CO',
        comment: 'Que nunca más una alerta temprana quede sin respuesta.',
      },
      { name: 'Jorge Luis Méndez', email: 'jorge.mendez@example.org', country: 'GT' },
      {
        name: 'Marie-Ange Joseph',
        email: 'marieange.joseph@example.net',
        country: 'HT',
        comment: 'Haïti a besoin de ce protocole.',
      },
      { name: 'Sebastián Pereyra', email: 'sebastian.pereyra@example.com', country: 'UY' },
      {
        name: 'Lucía Fernández Ortiz',
        email: 'lucia.fernandez@example.org',
        country: 'AR',
        comment: 'Memoria, verdad y justicia también significan prevención.',
      },
      { name: 'Michael Thompson', email: 'michael.thompson@example.net', country: 'CA' },
      { name: 'Rosa Elena Quispe', email: 'rosa.quispe@example.com', country: 'PE', isPublic: false },
      { name: 'Carlos Eduardo Salazar', email: 'carlos.salazar@example.org', country: 'EC' },
      {
        name: 'Jennifer Alvarado',
        email: 'jennifer.alvarado@example.net',
        country: 'HN',
        comment: 'For the defenders of the land who are still at risk.',
      },
      { name: 'Felipe Araya Soto', email: 'felipe.araya@example.com', country: 'CL' },
      { name: 'Dayana Morales', email: 'dayana.morales@example.org', country: 'SV', isPublic: false },
      { name: 'Andrew Campbell', email: 'andrew.campbell@example.com', country: 'JM' },
      {
        name: 'Beatriz Nascimento',
        email: 'beatriz.nascimento@example.net',
        country: 'BR',
        comment: 'Prevention must become law, not just a promise.',
      },
      { name: 'Ricardo Torres Vega', email: 'ricardo.torres@example.org', country: 'MX' },
    ],
    endorsements: [
      'Observatorio Andino de Protección Civil',
      'Centro de Memoria y Justicia del Istmo',
      'Ecumenical Accompaniment Service of the Americas',
      'Southern Cone Memory Archive',
    ],
  },
];

import pytest

from timeline.parse.text import fold_text
from timeline.parse.triggers import _lexicon_patterns, find_triggers, refers_back, scan, status_of


def types(text, lang):
    return [t.event_type for t in find_triggers(fold_text(text), lang)]


def status_of_first(text, lang, event_type):
    """The status of the sentence's first trigger of `event_type`."""
    folded = fold_text(text)
    return status_of(next(t for t in find_triggers(folded, lang) if t.event_type == event_type), folded, lang)


@pytest.mark.parametrize("text,lang,expected", [
    ("وأعلن الوزير انسحاب القوات من المدينة", "ar", ["announcement", "withdrawal"]),
    ("بدأت القوات الأمريكية بالانسحاب من القاعدة", "ar", ["withdrawal"]),
    ("وبحث الجانبان خلال اللقاء سبل التعاون", "ar", ["meeting"]),
    ("وقع الطرفان اتفاقية للتعاون العسكري", "ar", ["agreement"]),
    ("وشدد الوزير خلال لقائه رئيس الإقليم على التعاون", "ar", ["meeting"]),  # لقاء + ه is written لقائه
    ("لقد اتخذنا قرارا بسحب القوات من الحدود", "ar", ["announcement", "withdrawal"]),
    ("ودعا إلى الضغط عليهم، في حين يجتمع المبعوث مع الفصائل", "ar", ["meeting"]),  # a demand stops at the comma
    ("أرسلت أنقرة تعزيزات عسكرية إلى الحدود", "ar", ["deployment"]),
    ("The army withdrew its troops from the town", "en", ["withdrawal"]),
    ("Islamist gunmen had fallen back on a hill village near Baidoa", "en", ["withdrawal"]),  # Islamist, the adjective
    ("Ministers met in Geneva for talks", "en", ["meeting"]),
    ("The two sides signed an agreement on Tuesday", "en", ["agreement"]),
    ("The government announced it would send 300 soldiers", "en", ["announcement", "deployment"]),
])
def test_trigger_types(text, lang, expected):
    assert types(text, lang) == expected


@pytest.mark.parametrize("text,lang", [
    ("There are no plans to withdraw the troops", "en"),
    ("The opposition demanded the withdrawal of the troops", "en"),
    ("If the troops leave, the town will fall", "en"),
    ("لم تنسحب القوات من المدينة", "ar"),
    ("وطالب المحتجون بانسحاب القوات", "ar"),
    ("الإرهابيون يعرضون الانسحاب من المواقع", "ar"),
    ("وأعرب القائد عن رغبته في انسحاب القوات من المدينة", "ar"),  # a wish
    ("المتمردون على وشك سحب قواتهم من المدن", "ar"),  # not yet
    ("The rebels are about to withdraw their fighters from the town", "en"),
    ("The Pentagon is considering withdrawing 2,000 troops from the region", "en"),
    ("وتدرس الحكومة سحب قواتها من المنطقة", "ar"),
    ("The ambassador insisted Spanish forces would leave if requested", "en"),
    ("القوات الأمريكية ستنسحب إذا طلبت الحكومة ذلك", "ar"),
    ("Shelling resumed once the deadline for Rwandan units to withdraw passed", "en"),
    ("محاولين إقناع القادة بإرسال قوات إلى المدينة", "ar"),  # trying to convince
    ("وتطلب أنقرة سحب القوات من المنطقة", "ar"),  # a request
    ("These talks should pave the way for a later deployment of a UN brigade", "en"),
    ("Government troops will encircle the port to leave time for mediation", "en"),
    ("The army failed to withdraw its troops from the town", "en"),
    ("وفشلت القوات في الانسحاب من المدينة", "ar"),
])
def test_negated_demanded_and_hypothetical_events_are_not_events(text, lang):
    assert "withdrawal" not in types(text, lang)


@pytest.mark.parametrize("text", [
    "ولا يستبعد مراقبون أن تعقد جولة محادثات جديدة في فيينا",  # not ruled out: possible
    "وأضاف أن عمان ستحتضن المحادثات على الأرجح",  # likely
    "وتسعى موسكو إلى تكثيف الحوار مع الأطراف",  # seeks
])
def test_possible_likely_and_sought_meetings_are_not_events(text):
    assert types(text, "ar") == []


def test_an_event_in_the_to_complement_of_a_demand_is_not_real_however_long_the_object():
    assert types("He urged the world community to help reinforce the troops in Darfur", "en") == []
    assert types("تضغط الحكومة على الفصائل المسلحة في الأحياء الشرقية للخروج من البلدة", "ar") == []
    assert types("وطالب وزير الخارجية المنسق الدولي للأزمة الليبية جان مارك فيليب إلى زيارة سرت عقب فك الحصار عنها", "ar") == []
    assert types("The general courted calm in the south by promising to withdraw his brigades from the disputed valley", "en") == \
        ["announcement", "withdrawal"]  # the promise stands between: it governs the withdrawal


def test_a_denied_event_restated_right_after_stays_denied():
    assert types("Canada has refused to send soldiers to reinforce the NATO mission in Mali", "en") == []
    assert types("She restated her refusal of deploying a monitoring force to be sent from Brussels", "en") == []
    assert types("Germany refused to send troops, and France sent 300 soldiers to the border", "en") == ["deployment"]


def test_talking_about_something_with_a_leader_is_a_meeting():
    assert types("The premier said she talked about the drawdown with Chinese President Li Wen", "en")[-1] == "meeting"
    assert types("The minister talked to reporters after the session", "en") == []


def test_heading_a_delegation_is_taking_part_in_talks():
    assert types("ورأس وفد الكويت وزير الدفاع خالد العلي", "ar") == ["meeting"]
    assert types("Talabani led a ranking delegation to Tehran", "en") == ["meeting"]


def test_family_talks_and_negotiating_stances_are_not_meetings():
    assert types("After that, he talked with his mother and asked for her forgiveness", "en") == []
    assert types("Officials hardened their negotiating stance on the case", "en") == []


def test_an_official_arriving_or_touring_is_a_visit():
    assert types("حط المبعوث الدولي بطائرة خاصة في مطار بنغازي", "ar") == ["meeting"]
    assert types("وطاف رئيس الحكومة الليبية بعدد من العواصم الأوروبية", "ar") == ["meeting"]
    assert types("من جانبه قال فيصل النمري رئيس قسم العمليات إن الشحنة بلغت خمسة أطنان", "ar") == []  # فيصل is a name


def test_sending_an_envoy_is_a_meeting():
    assert types("The Brazilian government said on Monday that it has sent a special envoy to Caracas", "en") == ["announcement", "meeting"]
    assert types("وأوفدت القاهرة مبعوثا إلى الخرطوم لبحث الأزمة", "ar")[0] == "meeting"


def test_sarraha_declares_like_announce():
    assert types("وصرح المتحدث باسم الوسطاء أن جولة جديدة من المفاوضات ستعقد في الدوحة", "ar") == ["announcement", "meeting"]


def test_extending_a_forces_mandate_is_a_declared_action():
    assert types("وقال المتحدث باسم الاتحاد إنه تقرر تمديد مهمة القوة ستة أشهر", "ar")[0] == "announcement"


def test_a_criticised_deployment_happened():
    assert types("Turkey criticized the allied force dispatched to the northern border", "en") == ["deployment"]


def test_forced_to_withdraw_is_a_withdrawal_but_to_force_to_is_not():
    assert types("The army launched an attack, forcing the rebels to retreat from the towns", "en") == ["withdrawal"]
    assert types("The blockade is meant to force Pyongyang to withdraw its gunboats", "en") == []


def test_will_and_had_after_an_event_noun_are_no_modals():
    assert types("وأضاف أن الاجتماع سوف يناقش الملف الأمني في ليبيا", "ar") == ["meeting"]  # will address
    assert types("وقال إن انسحاب القوات قد أفقدها دورها", "ar")[-1] == "withdrawal"  # had cost
    assert "withdrawal" not in types("وقال إن انسحاب القوات قد يبدأ الشهر المقبل", "ar")  # may start


def test_a_modal_after_a_past_verb_is_its_complements_not_the_verbs():
    assert types("Both capitals had agreed there would never be a toll on the bridge", "en") == ["agreement"]
    assert types("The agreement would be signed next week", "en") == []


def test_a_quotation_stays_in_the_clause_that_introduces_it():
    assert "agreement" not in types("وأوضح المحلل مرجحا أن يحصل «اتفاق بين الطرفين على انسحاب القوات من المنطقة»", "ar")


def test_a_quoted_term_does_not_cut_a_warning_off_its_event():
    assert types('The senator warned against "hasty" plans to withdraw Dutch soldiers from Mali', "en") == []


def test_a_participle_declarer_reports_only_what_follows_it():
    assert types("The president sent troops to the border, saying the rebels threatened the city", "en") == ["deployment"]
    assert types("The ministry issued a statement, saying troops will withdraw from the city", "en") == [
        "announcement", "withdrawal"]
    # so does a "said" with its own "that"; a said put after what it says reports what came before
    assert types("The rebels pulled out of the town, where their commander said Friday that they would fight on",
                 "en") == ["withdrawal"]
    assert types("The troops will withdraw from the town by June, the minister said", "en") == ["withdrawal", "announcement"]


def test_what_was_done_again_and_again_is_no_one_event():
    assert "announcement" not in types("وطالما كان المتمردون يعلنون انسحابهم من القرية ثم يرجعون إليها", "ar")
    assert types("وكان الوزير قد أعلن انسحاب القوات من المدينة", "ar") == ["announcement", "withdrawal"]
    assert types("The two envoys used to meet in Geneva", "en") == []


def test_an_event_ruled_out_or_not_ruled_out_is_no_event():
    assert types("ولم يستبعد الدبلوماسي حضور رئيس الوزراء قمة الدول المانحة", "ar") == []
    assert types("واستبعد الوزير انسحاب القوات من المدينة", "ar") == []


@pytest.mark.parametrize("text,announces", [
    ("وأكد البيان أن الوزيرة ستزور الرياض لبحث الأمن", True),  # a plan
    ("وقال بيان للقيادة إن طائرات التحالف شنت غارات على مواقع المسلحين", True),  # an action of forces
    ("وأشار البيان إلى أن الرئيس قدم التعازي لضحايا الهجوم على الجنود", False),  # a description
    ("وقال بيان للداخلية إن مهربين أحرقوا مخزنا وأطلقوا الرصاص على الحراس", False),  # another side's deed
])
def test_an_arabic_statement_announces_a_plan_an_event_or_an_action_of_forces(text, announces):
    assert ("announcement" in types(text, "ar")) is announces


@pytest.mark.parametrize("text,announces", [
    ("Coalition jets carried out twelve air strikes near the border, said the statement", True),
    ("The army will hand over the base next month, the statement said", True),
    ("This vote is proof of our resolve to end the war, said the statement", False),
])
def test_an_english_statement_announces_a_plan_an_event_or_an_action_of_forces(text, announces):
    assert ("announcement" in types(text, "en")) is announces


def test_a_deployment_may_name_a_share_of_its_forces_but_mines_are_no_forces():
    assert "deployment" in types("وأفاد الجيش بأنه نشر زهاء 70 في المائة من دباباته على الساحل", "ar")
    assert "deployment" not in types("وقد نشر المتمردون في الحقول الزراعية مئات الألغام", "ar")


def test_an_arabic_said_announces_a_planned_meeting_but_not_a_past_one():
    assert types("وأكدت وزارة الخارجية أن المباحثات ستركز على الأمن", "ar") == ["announcement", "meeting"]
    assert types("وقال المستشار إن الاجتماع أكد ضرورة التعاون", "ar") == ["meeting"]


def test_withdrawing_an_ambassador_is_not_a_troop_withdrawal():
    assert types("The country withdrew its ambassador in protest", "en") == []
    assert types("سحبت الدولة سفيرها احتجاجا", "ar") == []


def test_weak_declaring_verb_needs_an_action_or_a_statement():
    assert types("He said the forces are not combat forces", "en") == []
    assert types("He said the troops have withdrawn", "en") == ["announcement", "withdrawal"]
    assert types("وقال المتحدث إن القوات ليست قتالية", "ar") == []
    assert types("وقال المكتب في بيان إن الحدود مغلقة أمام المسافرين", "ar") == ["announcement"]
    assert types("وقالت الشركة في بيان إن عدد المسافرين ارتفع إلى 11 مليونا", "ar") == []  # a statement on nothing of ours
    assert types("The department said in a statement that the price index declined", "en") == []
    assert types("The ministry said in a statement that it suspended military operations", "en") == ["announcement"]


def test_pushing_towards_a_settlement_and_a_stationing_point_are_no_deployments():
    assert types("وأضاف أن الوسيط القطري يدفع باتجاه حل سياسي مع المعارضة", "ar") == []
    assert types("وسيطر المسلحون على ثلاث نقاط تمركز للجيش قرب الطريق", "ar") == []
    assert types("ودفعت الجماعة بتعزيزات عسكرية إلى المدينة", "ar") == ["deployment"]


def test_troops_stationed_somewhere_are_a_state_not_a_deployment():
    assert types("Italy has about 3,400 soldiers deployed in western Lebanon", "en") == []
    assert types("Italy has deployed 3,400 soldiers in western Lebanon", "en") == ["deployment"]
    assert types("وتدعو المعارضة إلى رحيل المقاتلين الأجانب المنتشرين في مالي", "ar") == []
    assert types("لحماية القرى القريبة من الجبال التي ينتشر فيها عناصر الميليشيا", "ar") == []


@pytest.mark.parametrize("text,lang", [
    ("The army brought 400 soldiers into the capital on Tuesday", "en"),
    ("The government sent heavy artillery and armoured vehicles to the border", "en"),
    ("The alliance rolled tanks into the northern town", "en"),
    ("The arrival of the first units of the national army went smoothly", "en"),
    ("ونقلت الحكومة مدفعية وحاملات جند إلى الحدود الأسبوع الماضي", "ar"),
    ("ودفع الجيش بمدرعات إلى الحدود الشمالية", "ar"),
    ("وعززت القوات الحكومية مواقعها في المدينة بآليات عسكرية", "ar"),
])
def test_massing_bringing_and_equipment_moved_as_forces_are_deployments(text, lang):
    assert types(text, lang) == ["deployment"]


def test_equipment_that_is_not_military_moves_no_forces():
    assert types("The charity sent medical equipment to the border town", "en") == []
    assert "deployment" not in types("The government will bring the soldiers home to their families", "en")
    assert types("ونقلت الجمعية معدات طبية إلى المستشفى", "ar") == []
    assert "deployment" not in types("وناقش الاجتماع آليات تنفيذ المشروع", "ar")  # mechanisms, not vehicles


@pytest.mark.parametrize("text", [
    "والتقى رجال الأعمال المستثمرين في الغرفة التجارية أمس",
    "ووقعت النقابة اتفاقا مع وزارة العمل أمس",
    "واجتمع أعضاء الجمعية الخيرية في مقرها أمس",
])
def test_arabic_meetings_and_deals_of_companies_societies_or_unions_are_theirs_not_events(text):
    assert [t for t in types(text, "ar") if t in ("meeting", "agreement")] == []


def test_a_sentence_of_companies_that_moves_forces_or_names_an_official_keeps_its_events():
    assert types("وبحث الرئيسان تشجيع الشركات على الاستثمار في البلدين", "ar") == ["meeting"]
    assert types("والتقى قائد الجيش رجال الأعمال في القاعدة العسكرية", "ar") == ["meeting"]


def test_words_of_bodies_in_another_sense_name_no_body():
    assert "meeting" in types("The two sides gave a firm commitment to hold talks next week", "en")  # firm, the adjective
    assert "meeting" in types("ونادى الطرفان بالمفاوضات", "ar")  # نادى, the verb, not نادي (a club)


@pytest.mark.parametrize("text,lang", [
    ("The new rules are meant to meet the growing economic and social needs of the provinces", "en"),
    ("Aid is not enough to meet the basic needs of the refugees", "en"),
    ("During the trip, the governor will visit local enterprises and new infrastructure", "en"),
    ("كما التقوا بعدد من المسافرين في صالات المطار", "ar"),
    ("وزار الوزير أحد المصانع في المنطقة الصناعية أمس", "ar"),
    ("Parliament gave the president the authority to negotiate trade deals", "en"),  # a power, not talks
])
def test_meetings_in_another_sense_with_no_party_or_of_one_side_are_not_events(text, lang):
    assert "meeting" not in types(text, lang)


@pytest.mark.parametrize("text,lang", [
    ("The ministers met to discuss the needs of the refugees", "en"),
    ("The president met the prime minister to discuss their common interests", "en"),
    ("The two delegations held their meeting on Tuesday", "en"),
    ("وزار وفد من جامعة الدول العربية العاصمة أمس", "ar"),
    ("والتقى الوزير بعدد من المسؤولين الأمريكيين أمس", "ar"),
    ("وبدأ الوفدان التفاوض في جنيف أمس", "ar"),
])
def test_meetings_of_parties_stay_meetings(text, lang):
    assert "meeting" in types(text, lang)


def test_arabic_adjectives_of_event_nouns_are_not_events():
    assert types("وانتشرت الصور عبر مواقع التواصل الاجتماعي", "ar") == []  # social, not a meeting
    assert types("وألح عليه في قبول منصب وزاري", "ar") == []  # ministerial, not a visit


def test_searching_a_morsel_and_football_matches_are_not_meetings():
    assert types("والدفاع المدني لا يزال يبحث عن جثتها", "ar") == []  # searching for
    assert types("المتسلط على حرياتها ولقمة عيشها", "ar") == []  # a morsel, not a summit
    assert types("استأنف الفريق تدريباته بعد لقاء السد الودي", "ar") == []  # a friendly match
    assert types("الدوري الإنجليزي – الجولة 15", "ar") == []  # a league round
    assert types("وتابع الاستعدادات لقمة كامب ديفيد بين القادة", "ar") == ["meeting"]
    assert types("وبحث الرئيس الدوري للمجلس مع المبعوث الأوضاع", "ar") == ["meeting"]


def test_announcements_are_about_forces_security_or_another_event():
    assert types("أعلن نادي إيفرتون أنه مدد عقد مهاجمه الدولي", "ar") == []
    assert types("NASA has decided to delay the launch of the station", "en") == []
    assert types("وأعلن المجلس العسكري حالة الطوارئ في الإقليم", "ar") == ["announcement"]
    assert types("The council ordered a worldwide arms embargo on the junta", "en") == ["announcement"]


def test_an_arabic_said_reports_the_event_that_opens_what_is_said():
    assert types("وقال وزير الدفاع الأمريكي آشتون كارتر إن القوات الأمريكية ستنسحب من المدينة", "ar") == \
        ["announcement", "withdrawal"]
    said = "وأكد وزير الخارجية أن الاتفاق الذي جرى توقيعه مؤخرا يشمل تبادل الأسرى بين الطرفين"
    assert types(said, "ar") == ["announcement", "agreement"]  # the agreement opens what is said
    judged = "وأكد وزير الخارجية أن الاتفاق الذي جرى توقيعه مؤخرا لن يؤثر على العلاقات القوية"
    assert types(judged, "ar") == ["agreement"]  # what is said judges the agreement: an assessment
    background = "وأكد وزير الخارجية أن التعاون الوثيق الذي تقدمه أنقرة سيتعزز بعد الاتفاق الذي جرى توقيعه مؤخرا"
    assert types(background, "ar") == ["agreement"]  # an assessment, with the agreement as background
    assert types("وذكّر القائد بنصيحته بترك قوة صغيرة بعد انسحاب القوات، وقال إن هذا كان سيحمي المدنيين", "ar") == \
        ["withdrawal"]  # the event stands before the verb: the narrator's, not what is said


def test_visitors_ministries_and_meeting_requirements_are_not_meetings():
    assert types("Hundreds of visitors crowded the museum on Sunday", "en") == []
    assert types("Finland aims to meet international requirements for emissions", "en") == []
    assert types("تعاني وزارتا الصحة والتعليم من تذبذب مزمن", "ar") == []  # two ministries
    assert types("وتظل اللجنة الجهة التي تبقي باب الحوار مفتوحا بين الفرقاء", "ar") == []  # an idiom
    assert types("رفع العقوبات عن إيران لقاء ضمانات بعدم حيازتها السلاح", "ar") == []  # in exchange for
    assert types("Their Rwanda-backed forces arrived in Goma", "en") == ["deployment"]  # not a visit
    assert types("وأجرى المحافظ أمس زيارة تفقدية إلى مستشفى المدينة", "ar") == []  # an inspection
    assert types("ويستطيع المواطنون الاطلاع عليها بزيارة موقع الهيئة على الإنترنت", "ar") == []  # a website
    assert types("وقام المدير بزيارة ميدانية شملت أربعة مطارات", "ar") == []  # the clitic ب is part of the word
    assert types("وقام المدير بزيارة المرضى في المستشفى", "ar") == []  # patients, not a party
    assert types("وتجول الفريق في المطار والتقى الموظفين والركاب", "ar") == []
    assert types("وأفاد أن مطار صنعاء استقبل طائرتين قادمتين من مسقط", "ar") == []  # an airport receives a plane
    assert types("واستقبل الرئيس اليمني المبعوث الأممي في الرياض", "ar") == ["meeting"]
    assert types("The minister met Iraqi officials in Baghdad", "en") == ["meeting"]
    assert types("ملايين من السائحين الذين يزورون المتنزه كل عام", "ar") == []  # tourists
    assert types("ووصلت إلى المدينة الطائرات والسفن التي تحمل آلاف الأطنان من المساعدات الإنسانية", "ar") == []  # aid
    assert types("وأكد الخبير العسكري تامر الزيادي أهمية الأمن في المنطقة", "ar") == []  # Tamer, a name, orders nothing
    assert types("وفصل إدارتها عن وزارته، على أن يكون المشرف عليها محافظا", "ar") == []  # his ministry, not و + زار
    assert types("جعلت المالكي على قمة أسوأ السياسيين", "ar") == []  # the top, not a summit
    assert types("وشارك الرئيس في قمة عربية طارئة", "ar") == ["meeting"]
    assert types("وقد حضر الحفل عدد من الوجهاء", "ar") == []  # attending a ceremony
    assert types("وحضر عن الجانب الأمريكي السفير وقائد التحالف", "ar") == ["meeting"]  # attending for a side
    assert types("Thousands of tourists visit the old city every year", "en") == []
    assert types("There were more than 70,000 fans in attendance", "en") == []  # attend, not attendance
    assert types("98.9 percent of girls attended school courses", "en") == []  # attending is a meeting only with talks
    assert types("The rebels have agreed to attend the Arusha talks next week", "en") == ["meeting"]
    assert types("The protests were a sign the workers had lost patience", "en") == []  # the noun sign


@pytest.mark.parametrize("text,lang", [
    ("أعلن نادي الوحدة رسميا ضم لاعب وسط برازيلي", "ar"),  # a football club
    ("وأشار إلى أن ميليشيات الحشد الشعبي لم تشارك في العملية", "ar"),  # a militia's name
    ("وزادت حركة الطائرات بنسبة 15 بالمئة لتصل إلى 84 ألف رحلة", "ar"),  # an amount reached
    ("الانتظار كل يوم أمام نقاط السحب الآلي", "ar"),  # cash machines
    ("وفي أسوئها تدفع بعضًا منهم للانضمام إلى التنظيم", "ar"),  # pushes some of them
    ("وهو مخالفة لأمر الله وسنة رسوله في القتال", "ar"),  # the command of God, not an order
    ("The statement called for all to join forces to quell the violence", "en"),
    ("China marked the anniversary of the dispatch of its first medical team to Algeria", "en"),
    ("ووصلت فرق الدفاع المدني وتمت السيطرة على الحريق", "ar"),
    ("فقامت بالاتصال بالشرطة، التي وصلت على الفور وألقت القبض على السنجاب", "ar"),  # police at a scene
    ("The striker signed a two-year deal after talks with the club", "en"),
    ("وكان الأهلي والنجم الساحلي قد التقيا في الكونفدرالية الأفريقية حيث تعادلا 1/1", "ar"),
    ("His mother signed for the participation of her son in a 2010 chess contest", "en"),
])
def test_no_event_in_sport_money_or_idioms(text, lang):
    assert types(text, lang) == []


def test_press_conferences_are_not_meetings():
    assert types("He told a press conference that the plan works", "en") == []
    assert types("وقال في مؤتمر صحفي إن الخطة ناجحة", "ar") == []
    assert types("وبيّن المسؤول في اتصال هاتفي لـ«العربية» أن اللجنة أنهت عملها", "ar") == []
    assert types("وبحث الرئيسان في اتصال هاتفي العلاقات بين البلدين", "ar") == ["meeting"]
    assert types("وقال المسؤول في اتصال هاتفي، إن الحكومة رحبت بالمبادرة", "ar") == []  # a call with the paper


def test_meetings_with_ones_own_troops_or_the_public_are_not_meetings():
    assert types("وتحدث الوزير أثناء لقاء مع جنود أمريكيين في البصرة", "ar") == []
    assert types("كما سيلتقي الوزير جنودا أميركيين في الأنبار", "ar") == []
    assert types("The secretary met with U.S. troops in Baghdad", "en") == []
    assert types("وعقد الوزير لقاء مع مسؤولين عسكريين من الجانب العراقي", "ar") == ["meeting"]


def test_a_cabinet_meeting_is_one_sides_internal_meeting():
    assert types("وقال المتحدث عقب اجتماع مجلس الوزراء إن الأمن أولوية", "ar") == []
    assert types("وذكر أن مجلس الوزراء الأردني بحث أزمة المياه في جلسته", "ar") == []
    assert types("The minister spoke after a cabinet meeting in Jerusalem", "en") == []
    assert types("The ministers met their Egyptian counterparts in Cairo", "en") == ["meeting"]


def test_contacts_and_reviews_between_parties_are_meetings():
    assert types("وأشاد الوسطاء بالاتصال المباشر الذي جرى بين ممثلي المتمردين والحكومة", "ar") == ["meeting"]
    assert types("وعرض الرئيس مع المبعوث الأممي الأوضاع في عدن", "ar") == ["meeting"]
    assert types("ارتفعت إيرادات شركات الاتصالات مع نمو الطلب", "ar") == []  # telecommunications
    assert types("وأضاف في اتصال مع «الاقتصادية» أن الفارق كبير", "ar") == []  # a call with the newspaper


def test_generic_plural_agreements_need_a_signing_or_reaching():
    assert types("Villagers have lived through many ceasefires over the years", "en") == []
    assert types("The agreements signed in Oslo in 1993 shaped the talks", "en")[0] == "agreement"
    assert types("شبيهة باتفاقات سابقة في جنوب البلاد", "ar") == []
    assert types("تنفيذ اتفاقيات التعاون التي تم التوصل إليها", "ar") == ["agreement"]
    assert types("The summit also passed three agreements on trade", "en") == ["meeting", "agreement"]
    assert types("وخلال دقيقة أخرى اكتملت الصفقات في البورصة", "ar") == []  # the تم of اكتملت is no تم


def test_an_agreement_named_by_its_two_parties_is_one():
    assert types("وقال دبلوماسيون إن الاتفاق الروسي - الإيراني يشمل بنودا سرية", "ar") == ["agreement"]
    assert types("وقال دبلوماسيون إن الاتفاق يشمل بنودا سرية", "ar") == []


def test_an_agreement_sought_or_predicted_is_not_reached():
    assert types("وتحاول النرويج منذ سنوات التوسط للتوصل إلى اتفاق هدنة بين الجانبين", "ar") == []
    assert types("وأوضح الخبير مرجحا أن يحصل اتفاق مبدئي بين الحكومة والمعارضة خلال أيام", "ar") == []
    assert "agreement" not in types("The assembly agreed in March to renew the mission of its soldiers", "en")  # one body: a decision


def test_the_verb_deal_with_is_no_deal():
    assert types("US forces are looking for new ways to deal with the modified bombs", "en") == []
    assert types("Iran reached a deal with the six powers in Vienna", "en") == ["agreement"]


def test_whoever_reports_an_agreement_in_english_speaks_for_a_side_unless_an_analyst():
    assert types("It is agreed that farmers can use the northern bridge, Kovac told state television", "en") == \
        ["agreement", "announcement"]
    assert types("The two sides had agreed on a price, said Jeffery Logsdon, an analyst with Crowell", "en") == ["agreement"]


def test_an_unnamed_official_is_anonymous_but_the_official_is_not():
    assert types("وقال مسؤول مصري أمس إن القاهرة أرسلت قوات خاصة إلى سيناء", "ar") == ["deployment"]
    assert types("وقال المسؤول الإيراني إن طهران أرسلت قوات إضافية إلى الحدود", "ar") == ["announcement", "deployment"]
    assert types("وقالت مسؤولة إيرانية أمس إن طهران أرسلت قوات إضافية إلى الحدود", "ar") == ["deployment"]  # she, unnamed
    assert types("وقالت المسؤولة الإيرانية إن طهران أرسلت قوات إضافية إلى الحدود", "ar") == ["announcement", "deployment"]


def test_anonymous_sources_and_the_media_announce_nothing():
    assert types("وأفادت وكالة الأناضول بأن تعزيزات عسكرية وصلت إلى الحدود", "ar") == ["deployment"]
    assert types("وأعلن وزير الدفاع أن الجيش نشر قوات على الحدود", "ar") == ["announcement", "deployment"]


def test_impersonal_reminders_newspapers_and_adjectives_announce_nothing():
    assert types("ذكر أن العقيد خدم في سلاح البحرية عشرين عاما", "ar") == []  # "it is recalled that"
    assert types("The newspaper revealed that the government plans to send 300 soldiers", "en") == ["deployment"]
    assert types("The ship docked despite the EU-ordered embargo on the regime", "en") == []


def test_a_meeting_where_something_was_said_is_not_what_was_said():
    assert types('"The work on the border is far from over," the minister said Monday after talks in Oslo', "en") == ["meeting"]
    assert types("The president said the two leaders had talks in Amman on Thursday", "en") == ["announcement", "meeting"]


def test_a_statement_of_opinion_is_no_announcement():
    assert types("ونشرت الحركة بيانا اعتبرت فيه أن تدخل روسيا في الحرب يضر بالمنطقة", "ar") == []
    assert types("The ministry issued a statement condemning the attack on the border post", "en") == []
    # declaring one's support, welcome or concern is a stance; declaring support for forces is an action
    assert "announcement" not in types("وأعلنت رئيسة الحزب تأييدها للمفاوضات الجارية مع المعارضة", "ar")
    assert "announcement" in types("أعلنت الحكومة دعم القوات المنتشرة على الحدود بلواء جديد", "ar")


def test_one_announcement_per_sentence():
    assert types("أعلن الوزير في بيان قرار سحب القوات", "ar").count("announcement") == 1


@pytest.mark.parametrize("text,lang,status", [
    ("Troops will withdraw from the city", "en", "scheduled"),
    ("Troops began withdrawing from the city", "en", "ongoing"),
    ("Troops withdrew from the city", "en", "completed"),
    ("ستنسحب القوات من المدينة", "ar", "scheduled"),
    ("بدأت القوات بالانسحاب من المدينة", "ar", "ongoing"),
])
def test_status(text, lang, status):
    assert status_of_first(text, lang, "withdrawal") == status


def test_an_event_after_after_is_an_earlier_completed_one():
    assert status_of_first("سيزور الوزير طهران بعد توقيع الاتفاق النووي", "ar", "agreement") == "completed"
    assert status_of_first("He will travel to Tehran following the signing of the deal", "en", "agreement") == "completed"


def test_an_agreement_reached_or_signed_is_completed_even_in_a_future_sentence():
    assert status_of_first("سيناقش الوفد في عمان يوم الخميس المقبل آلية مراقبة الاتفاق الذي أبرم بين الفصيلين العام الماضي",
                           "ar", "agreement") == "completed"
    assert status_of_first("Observers from Norway will oversee the accord clinched last week between the two militias", "en", "agreement") == "completed"
    assert status_of_first("The envoy will attend the agreement to be signed next week", "en", "agreement") == "scheduled"


def test_a_relative_clause_after_the_agreement_tells_it_was_reached():
    assert status_of_first("وسيراجع الوفدان الأسبوع المقبل اتفاقية النقل البحري، التي تم التوصل إليها بين البلدين قبل عامين",
                           "ar", "agreement") == "completed"
    assert status_of_first("Next month the ministers will review the shipping accord, which was signed two years ago by both ports",
                           "en", "agreement") == "completed"


def test_an_anticipated_meeting_is_scheduled():
    assert status_of_first("وأصدرت الوزارة أمس بيانا عن المباحثات المرتقبة بين الوزيرين", "ar", "meeting") == "scheduled"
    assert status_of_first("The ministry gave details of the talks due in Geneva", "en", "meeting") == "scheduled"
    assert status_of_first("وذكر بيان للوزارة أن الاجتماع سيبحث ملف المياه والحدود", "ar", "meeting") == "scheduled"
    assert status_of_first("وقال مصدر دبلوماسي إن الاجتماع تشاوري في الأساس", "ar", "meeting") != "scheduled"


def test_a_conjunction_does_not_make_a_present_verb_past():
    assert status_of_first("ويزور وزير الخارجية إيران الأربعاء", "ar", "meeting") != "completed"


def test_arabic_past_verbs_are_completed():
    folded = fold_text("سحبت بريطانيا ألفي جندي من البصرة")
    (trigger,) = find_triggers(folded, "ar")
    assert status_of(trigger, folded, "ar") == "completed"


def test_a_said_announcement_may_declare_an_action_about_forces():
    assert types("وأعلن الجيش تعليق الغارات الجوية على المدينة", "ar") == ["announcement"]
    assert types("وقال مصدر إن القوات انسحبت", "ar") == ["withdrawal"]  # an anonymous source announces nothing
    assert types("The government imposed martial law, the prime minister said", "en") == ["announcement"]
    # the action must be in what is said, not in the narrator's words before the verb
    assert "announcement" not in types("وبعد انسحاب القوات من المدينة، أكد الناطق باسم الجيش أن الوضع هادئ", "ar")
    assert types("We need martial law to disarm the militias, the prime minister said", "en") == []  # a need


def test_coordinated_events_stay_apart_and_strong_declarations_each_count():
    assert types("تعهدت الجماعة بإخلاء جميع مواقعها وتسليم جميع مقراتها للجيش", "ar").count("withdrawal") == 2
    assert types("وقال الوزير إن الحكومة أعلنت هدنة، وأعلن الأمين العام هدنة أخرى", "ar").count("announcement") == 2


def test_hits_of_one_type_with_a_day_named_between_them_stay_apart():
    assert types("يزور الوزير الرياض الاثنين، ثم القاهرة الأربعاء لإجراء محادثات", "ar").count("meeting") == 2
    assert types("يزور الوزير الرياض لإجراء محادثات", "ar").count("meeting") == 1


def test_the_month_may_is_no_modal_and_passive_deployments_count():
    assert types("Parliament approved in May a plan to withdraw the 400 troops", "en") == ["announcement", "withdrawal"]
    assert types("Troops may withdraw next year", "en") == []
    assert types("the peacekeeping force dispatched to the border region", "en") == ["deployment"]


@pytest.mark.parametrize("lang", ["ar", "en"])
def test_every_trigger_pattern_has_an_anchor_so_no_article_is_scanned_whole(lang):
    patterns, _ = _lexicon_patterns(lang)
    assert [patterns.patterns[i][1] for i in patterns.unanchored] == []


@pytest.mark.parametrize("text,lang,expected", [
    ("وناقش الوزيران الاتفاق", "ar", True),
    ("وقع الطرفان اتفاقا جديدا", "ar", False),
    ("They discussed the agreement", "en", True),
    ("They signed an agreement", "en", False),
])
def test_a_definite_noun_refers_back_to_a_known_event(text, lang, expected):
    folded = fold_text(text)
    hit = next(t for t in scan(folded, lang) if t.event_type == "agreement")
    assert refers_back(folded, hit, lang) is expected


# Cue classes of issue 18 (invented sentences)
@pytest.mark.parametrize("text,lang,expected", [
    # deployments: massing, moving into, committing, building up, equipment moved as forces, scheduled basing
    ("The army massed tanks and artillery along the northern border.", "en", "deployment"),
    ("The navy moved two carriers and a destroyer group into the eastern Mediterranean.", "en", "deployment"),
    ("Paris committed another 400 soldiers to the mission.", "en", "deployment"),
    ("About 3,000 marines are to be based on the island from next year.", "en", "deployment"),
    ("قررت الوزارة نقل قوات إضافية إلى الحدود الشمالية.", "ar", "deployment"),
    ("وأعلن الجيش زيادة عدد القوات في المنطقة العازلة.", "ar", "deployment"),
    # announcements stated with light verbs and nouns
    ("The cabinet took a decision to extend the mission of the peacekeepers.", "en", "announcement"),
    ("Parliament voted to extend the mandate of the troops by a year.", "en", "announcement"),
    ("The president issued an order to pull the brigade out of the city.", "en", "announcement"),
    ("وأصدر وزير الدفاع أمرا بسحب الكتيبة من المدينة.", "ar", "announcement"),
    # meetings stated as calls, receptions and follow-ups of the two sides
    ("The prime minister held a telephone conversation with his Turkish counterpart.", "en", "meeting"),
    ("The king received the visiting UN envoy at the palace.", "en", "meeting"),
    ("The two ministers reviewed the security situation on the border.", "en", "meeting"),
    # a withdrawal stated as bringing troops home
    ("Canberra brought its last 200 troops home from the region in March.", "en", "withdrawal"),
])
def test_cue_classes_state_their_event(text, lang, expected):
    assert expected in types(text, lang)


@pytest.mark.parametrize("text,lang,absent", [
    # unreal events: preferences, proposals, offers, pressure
    ("The senator favours withdrawing the troops within a year.", "en", "withdrawal"),
    ("The minister proposed to withdraw two battalions next spring.", "en", "withdrawal"),
    ("There is mounting pressure to bring the troops home.", "en", "withdrawal"),
    ("وأكد الوزير أن حكومته تفضل انسحاب القوات على مراحل.", "ar", "withdrawal"),
    # trigger words in another sense
    ("The ruling party withdrew its candidate from the race.", "en", "withdrawal"),
    ("The government withdrew its ambassador after the army raid.", "en", "withdrawal"),
    ("وقررت الحكومة سحب السفير احتجاجا على الغارة العسكرية.", "ar", "withdrawal"),
    # troops merely stationed: a level, not a move
    ("Some 2,000 foreign soldiers are stationed in the province.", "en", "deployment"),
    # votes that decide nothing about forces or deals
    ("Soldiers and police voted for the new parliament on Thursday.", "en", "announcement"),
])
def test_unreal_or_other_sense_states_no_event(text, lang, absent):
    assert absent not in types(text, lang)


@pytest.mark.parametrize("text,lang,expected", [
    ("We will keep two battalions on the island until next summer, the army chief said.", "en", ["announcement"]),
    ("Norway will send a mediator to the talks next month, the foreign ministry said.", "en", ["announcement", "meeting"]),
    ("وقال المتحدث باسم الخارجية: سنبحث مع الجانب الروسي ملف الأزمة.", "ar", ["announcement", "meeting"]),
    ("وقال وزير الدفاع إنه سيزور العاصمة الأسبوع المقبل.", "ar", ["announcement", "meeting"]),
    # reported speech: "would" with a verb of an official's act is the plan's "will" told in the past
    ("The spokeswoman said the Dutch navy would take part in the exercise off the coast.", "en", ["announcement"]),
    ("The chancellor would hold talks in Ankara with the Turkish prime minister next month, a government spokeswoman told reporters.",
     "en", ["announcement", "meeting"]),
    # no plan: a negated one, a conditional one, a prediction
    ("We are not going to send any soldiers, the president said.", "en", []),
    ("If the rebels attack, we will respond, the defence minister said.", "en", []),
    ("The defence minister said the situation would improve.", "en", []),
    ("The general said the handover of security would begin in the spring.", "en", []),
    ("وقال الوزير: في حال خرق الاتفاق، سنرد بالشكل المناسب.", "ar", []),
])
def test_a_speaker_stating_a_plan_of_its_own_side_announces_it(text, lang, expected):
    assert sorted(t for t in types(text, lang) if t != "agreement") == expected


@pytest.mark.parametrize("text,lang,expected", [
    ("The president left for Hanoi on Friday on a three-day official visit.", "en", "meeting"),
    ("The king set off on Sunday on a week-long tour of Gulf states.", "en", "meeting"),
    ("After two days in Baghdad, the Arab League team will be proceeding to Amman.", "en", "meeting"),
    ("The vice foreign minister left for Seoul on Tuesday.", "en", "meeting"),
    ("قبيل وصول وزير الخارجية إلى العاصمة، أعلنت الحكومة الهدنة.", "ar", "meeting"),
    ("The two presidents reached a broad consensus on border security.", "en", "agreement"),
    ("وأعلن الطرفان التوصل إلى توافق بين البلدين على ترسيم الحدود.", "ar", "agreement"),
])
def test_trips_arrivals_and_consensus_state_their_event(text, lang, expected):
    assert expected in types(text, lang)


@pytest.mark.parametrize("text", [
    "Officials in Lisbon said the visit will help deepen cultural ties for years to come.",
    "A navy spokesman said the deployment was proportionate to the threat posed by the pirates.",
    "The president said he believed the talks between the two countries would succeed.",
])
def test_a_said_that_assesses_an_event_does_not_announce_it(text):
    assert "announcement" not in types(text, "en")


def test_a_said_that_reports_an_event_announces_it():
    assert "announcement" in types("The defence minister said the deployment was completed on Monday.", "en")
    assert "announcement" in types("The foreign ministry said the talks were held in Geneva.", "en")


def test_let_us_discuss_is_an_exhortation_not_a_meeting():
    assert "meeting" not in types("لنبحث في جميع المراجع عن حقيقة ما جرى للقوات.", "ar")
    assert "meeting" in types("وقال الوزير: سنبحث مع الجانب الروسي ملف القوات.", "ar")


@pytest.mark.parametrize("text,lang", [
    ("The defence minister met with his aides at the ministry on Monday.", "en"),
    ("وألقى رئيس الحزب كلمة في اجتماع لنشطاء الحزب في العاصمة.", "ar"),
])
def test_one_sides_internal_meeting_is_no_meeting(text, lang):
    assert "meeting" not in types(text, lang)


@pytest.mark.parametrize("text,lang,absent", [
    ("The foreign minister said he offered condolences to the families of the soldiers killed.", "en", "announcement"),
    ("وقال وزير الخارجية إنه قدم التعازي لأسر الجنود.", "ar", "announcement"),
    ("The army chief said the threat of a new offensive on the border remained.", "en", "deployment"),
    ("Officials of the defence ministry said thousands visited its website after the attack.", "en", "meeting"),
])
def test_condolences_threats_and_websites_are_no_events(text, lang, absent):
    assert absent not in types(text, lang)


@pytest.mark.parametrize("text,lang,absent", [
    ("وأعلنت الحكومة أنها تتوقع التوصل إلى اتفاق مع المتمردين خلال أسابيع.", "ar", "agreement"),
    ("وبعد إصلاح الجسر ستتمكن كينيا من إرسال قوات إضافية إلى الحامية الشمالية.", "ar", "deployment"),
    ("Once the bridge is repaired, Kenya will be able to send more troops to the northern garrison.", "en", "deployment"),
    ("وقال الوزير: إن لم تنسحب القوات فسنرد.", "ar", "withdrawal"),
])
def test_expectations_abilities_and_conditions_are_no_events(text, lang, absent):
    assert absent not in types(text, lang)


@pytest.mark.parametrize("text,lang,absent", [
    ("The chancellor signed his resignation in the office of the speaker of parliament.", "en", "agreement"),
    ("The State Council held an executive meeting on Wednesday to approve the draft law on foreign troops.", "en", "meeting"),
    ("He was refused a visa after he arrived in the country six years ago.", "en", "meeting"),
    ("The funeral of the self-declared leader of all the army's veterans took place.", "en", "announcement"),
    ("The club and the league signed a television deal with the government broadcaster.", "en", "agreement"),
    ("ولولا دعم الحكومة لما وافقت الدول الكبرى على الاتفاق.", "ar", "agreement"),
    ("وبلغت قيمة الصفقات العقارية التي أبرمها السعوديون في دبي 3 مليارات.", "ar", "agreement"),
])
def test_signatures_internal_meetings_arrivals_and_business_deals_are_no_events(text, lang, absent):
    assert absent not in types(text, lang)


def test_an_official_arriving_and_a_signature_with_a_party_are_events():
    assert "meeting" in types("Twenty military officers of the AU mission arrived in Kampala on Saturday.", "en")
    assert "agreement" in types("The interim council signed the NCA with three armed groups last October.", "en")


@pytest.mark.parametrize("text,lang,absent", [
    ("During a meeting of the general staff, the army chief said the report was unfair.", "en", "meeting"),
    ("We beg the government to withdraw the troops, the bishops said.", "en", "withdrawal"),
    ("It is imperative to conclude negotiations with the rebels, the minister said.", "en", "meeting"),
    ("The United States will consider helping to set up a response center, the envoy said.", "en", "announcement"),
])
def test_internal_staff_meetings_pleas_and_considerations_are_no_events(text, lang, absent):
    assert absent not in types(text, lang)


def test_begin_is_no_plea():
    assert "withdrawal" in types("The army said it will begin withdrawing its troops on Friday.", "en")


@pytest.mark.parametrize("text,lang,absent", [
    ("Italian troops will not be sent to the south because of hostile crowds.", "en", "deployment"),
    ("ودعا الزعيم الديني إلى تدويل القضية وإخراج الميليشيات الأجنبية من البلاد.", "ar", "withdrawal"),
])
def test_a_negation_inside_the_trigger_and_a_demand_over_coordinated_nouns(text, lang, absent):
    assert absent not in types(text, lang)


def test_a_coordinated_noun_without_a_demand_is_an_event():
    assert "withdrawal" in types("وأعلن الجيش تسليم المواقع وإخراج الميليشيات الأجنبية من المدينة.", "ar")


@pytest.mark.parametrize("text", [
    "Many countries made good progress in meeting some of the other goals, the UN envoy said.",
    "The government has met its obligations under the treaty with the rebels.",
])
def test_meeting_goals_is_no_meeting(text):
    assert "meeting" not in types(text, "en")


@pytest.mark.parametrize("text,lang", [
    ("Election monitors visited some 30 polling sites across the province on Sunday.", "en"),
    ("Aid workers made 120 visits to detention camps and field hospitals in the south this year.", "en"),
    ("كما زار وفد الهيئة الدولية مطار المدينة واطلع على سير العمل.", "ar"),
])
def test_visiting_a_place_is_no_meeting(text, lang):
    assert "meeting" not in types(text, lang)


def test_visiting_a_country_or_an_official_is_a_meeting():
    assert "meeting" in types("The UN envoy visited Baghdad on Friday for talks with the prime minister.", "en")
    assert "meeting" in types("وزار وزير الخارجية الأمريكي بغداد أمس.", "ar")


def test_the_announcement_of_a_party_is_an_announcement():
    assert "announcement" in types("وارتفعت أسعار النفط منذ إعلان إيران دخولها الصراع إلى جانب حلفائها.", "ar")
    assert "announcement" in types("ومع إعلان الحكومة سحب القوات من المدينة، عاد السكان.", "ar")
    assert "announcement" in types("وجاء قرار الحكومة سحب الكتيبة بعد الهجوم.", "ar")
    assert "announcement" not in types("ونشرت الصحيفة إعلانا عن وظائف شاغرة في الوزارة.", "ar")


def test_a_partys_consent_is_an_agreement():
    assert "agreement" in types("وأبلغت أنقرة واشنطن موافقتها على استخدام القاعدة الجوية.", "ar")
    assert "agreement" not in types("ويحتاج المشروع إلى موافقة البلدية.", "ar")


@pytest.mark.parametrize("text,lang", [
    ("وأوضح قائد الفصيل أن انسحاب المقاتلين من البلدة سببه الخوف من الحصار.", "ar"),
    ("وأعلنت وزارة الخارجية أن نشر الصواريخ قرب الحدود سيؤدي إلى مواجهة بين البلدين.", "ar"),
    ("وقال الوزير إن الاتفاق مع المتمردين لن يؤثر على دعم القوات الحكومية.", "ar"),
    ("وأكد الجيش أن الغرض من الجدار الحدودي هو وقف التسلل إلى البلاد.", "ar"),
    ("A rebel commander said the withdrawal of troops from the camps was the result of the blockade by government forces.", "en"),
    ("The army chief said the offensive has led to the collapse of the truce.", "en"),
])
def test_a_said_that_judges_a_cause_or_a_consequence_is_an_assessment(text, lang):
    assert "announcement" not in types(text, lang)


@pytest.mark.parametrize("text,lang", [
    ("وأعلن الجيش أن غارة جوية على المدينة أدت إلى مقتل قائد الجماعة.", "ar"),  # an action of forces
    ("وأعلنت الحكومة أنها ستسحب قواتها من الحدود، وهو ما سيؤدي إلى التهدئة.", "ar"),  # a plan first
    ("The defence minister said troops will withdraw from the border, a step that leads to calm.", "en"),
])
def test_a_judged_action_or_plan_is_still_announced(text, lang):
    assert "announcement" in types(text, lang)


def test_bi_anna_opens_what_is_said():
    assert "announcement" not in types("وأعلن المتحدث باسم الجيش في تصريحات صحفية بأنه من الواضح أن الهجوم سيؤدي إلى تصعيد.", "ar")
    assert types("وأكد وزير الدفاع بأن القوات ستنسحب من المدينة غدا.", "ar") == ["announcement", "withdrawal"]


@pytest.mark.parametrize("text,lang", [
    ("We will send more troops to the border unless the rebels leave the town, the defence minister said.", "en"),
    ("وقال وزير الدفاع: سنرسل قوات إضافية إلى الحدود إذا لم ينسحب المتمردون.", "ar"),
])
def test_a_plan_with_a_condition_later_in_its_clause_is_not_announced(text, lang):
    assert "announcement" not in types(text, lang)


@pytest.mark.parametrize("text,lang,absent", [
    ("وقال الوزير إنه يتعين التوصل إلى اتفاق مع المتمردين قبل نهاية الشهر.", "ar", "agreement"),
    ("The envoy said the two sides have to reach an agreement on the border before the talks.", "en", "agreement"),
])
def test_what_has_to_happen_has_not_happened(text, lang, absent):
    assert absent not in types(text, lang)


def test_a_meeting_seen_as_a_boost_or_intended_to_show_support_is_assessed():
    assert "announcement" not in types("Aides to the president said the summit in Nairobi was intended to reassure its neighbours.", "en")
    assert "announcement" not in types("The minister said the talks with the rebels were seen as a boost to peace.", "en")


@pytest.mark.parametrize("text,announces", [
    # a title with the body it serves may stand further from its "said" than other titles
    ("Egypt will send a team of surveyors to the border next month, a senior adviser of the National Emergency Commission (NEC) said on Sunday.", True),
    ("Kenya will send a team of experts to the region, Jane Doe, a spokeswoman for the East African Community (EAC), told reporters.", True),
    # a person of a place or a source close to a party is no title
    ("China will send a team of experts to the region next month, a resident of the capital said.", False),
    ("China will send a team of experts to the region next month, a source close to the ruling party said.", False),
])
def test_a_title_with_the_body_it_serves_names_an_official_speaker(text, announces):
    assert ("announcement" in types(text, "en")) is announces


def test_a_relative_clause_told_in_reported_speech_leaves_its_event_real():
    """"which would take her to ...": reported speech tells the tour's course; "which could start" doubts the event."""
    told = types("The chancellor would begin on Monday an African tour which would take her to Ghana and Senegal, her office announced.", "en")
    assert told == ["meeting", "announcement"]
    assert "withdrawal" not in types("Officials discussed a troop withdrawal which could start next month.", "en")


@pytest.mark.parametrize("text,announces", [
    # a news outlet as the subject of the verb is the media, not a party
    ("The two leaders will hold talks in Abu Dhabi next week, WAM said in a brief statement.", False),
    ("The army will send 500 troops to the border, state television said.", False),
    # an outlet told something, or named before a comma, leaves the speaker alone
    ("The two leaders will hold talks in Cairo next week, the spokesman told Xinhua.", True),
    ("In a letter read over Baghdad radio, the president said he will withdraw troops from the border on Friday.", True),
])
def test_a_news_outlet_speaks_for_no_party(text, announces):
    assert ("announcement" in types(text, "en")) is announces


@pytest.mark.parametrize("text", [
    "The minister hopes the talks will be held next week.",
    "The minister hopes for a visit to Damascus soon.",
])
def test_a_hoped_for_meeting_is_not_real(text):
    assert "meeting" not in types(text, "en")


@pytest.mark.parametrize("text,announces", [
    # a meeting the speaker dates to an earlier week, month or year is recalled, not announced
    ("The prisoner swap followed talks last month between the two militias in Doha, a spokesman for the mediators said.", False),
    ("The spokesman said the minister held talks with his Iranian counterpart in April.", False),
    # one of the last days, or one planned for a month, is
    ("The spokesman said the minister met with his Iranian counterpart on Tuesday.", True),
    ("The spokesman said the minister will hold talks with his Iranian counterpart in April.", True),
])
def test_a_meeting_of_an_earlier_period_is_recalled_not_announced(text, announces):
    assert ("announcement" in types(text, "en")) is announces


def test_a_speaker_the_article_titled_elsewhere_is_an_identified_official():
    said = fold_text("Aslam said Mottaki will visit Kabul next week for talks with Karzai.")
    assert "announcement" not in [t.event_type for t in find_triggers(said, "en")]
    titled = [t.event_type for t in find_triggers(said, "en", speakers=lambda: frozenset({"aslam"}))]
    assert "announcement" in titled
    # a noun's neighbour is its genitive, not its speaker
    truce = fold_text("وتحدث الرسول حيال إعلان هدنة جديدة في المدينة.")
    assert "announcement" not in [t.event_type for t in find_triggers(truce, "ar", speakers=lambda: frozenset({"هدنة", "الرسول"}))]


@pytest.mark.parametrize("text,lang", [
    ("Two Asian diplomats said the militia leaders would attend the conference in Jakarta next month.", "en"),
    ("We will have to rethink our whole strategy, the prime minister said on Sunday.", "en"),
    ("وقال الرئيس إنه «دعونا إلى هدنة جديدة في المدن المحاصرة».", "ar"),
])
def test_diplomats_obligations_and_calls_announce_nothing(text, lang):
    assert "announcement" not in types(text, lang)


@pytest.mark.parametrize("text,lang", [
    ("The decision to deploy the reserve brigade was taken at a cabinet session in the port city.", "en"),
    ("The regional defence council agreed on Friday to renew the mission of its soldiers.", "en"),
    ("وتم اتخاذ قرار نشر القوات على الحدود خلال الاجتماع.", "ar"),
    ("وصدرت أوامر بسحب الكتيبة من المدينة.", "ar"),
])
def test_a_decision_stated_with_a_light_verb_or_a_passive_is_announced(text, lang):
    assert "announcement" in types(text, lang)


@pytest.mark.parametrize("text,lang", [
    ("We will stay in the country until the job is done, the president said.", "en"),
    ("\"We'll be in the region as long as we are needed,\" the defence minister said.", "en"),
    ("وقال وزير الدفاع: \"سنواصل التصدي للإرهاب في المنطقة\".", "ar"),
])
def test_a_resolve_to_go_on_is_no_announced_plan(text, lang):
    assert "announcement" not in types(text, lang)


def test_a_plan_of_something_new_is_announced():
    assert "announcement" in types("We will be sending a delegation to the capital next week, the defence minister said.", "en")
    assert "announcement" in types("وقال وزير الدفاع: \"سنرسل وفدا إلى العاصمة الأسبوع المقبل\".", "ar")


@pytest.mark.parametrize("text", [
    "وأعلن الرئيس أمس \"إن لم نوقف الهجمات على الحدود فإن الحرب ستتسع\".",
    "وقال وزير الدفاع إنه في حال انسحبت القوات من المدينة ستعود الجماعات المسلحة إليها.",
])
def test_what_is_said_opening_with_a_condition_is_no_announcement(text):
    assert "announcement" not in types(text, "ar")


def test_a_judgement_after_a_long_arabic_subject_is_still_an_assessment():
    subject = "وقال المتحدث باسم الوزارة إن انسحاب القوات من المدينة الذي بدأه الجيش مطلع الشهر الماضي بعد أسابيع من القتال"
    assert "announcement" not in types(subject + " هو السبب الرئيسي في تراجع العنف.", "ar")
    assert "announcement" in types(subject + " سيكتمل غدا.", "ar")  # the same subject with a plan is announced


@pytest.mark.parametrize("text,lang", [
    ("وأعلنت المعارضة رفضها للمقترح الروسي بشأن نشر قوات دولية.", "ar"),
    ("The opposition announced its rejection of the plan to deploy foreign troops.", "en"),
])
def test_an_announced_rejection_is_a_stance_not_an_announcement(text, lang):
    assert "announcement" not in types(text, lang)


def test_a_declaring_word_inside_a_denied_decision_stays_denied():
    said = "Italy had not yet taken a final decision on where it would deploy the troops, a source added."
    assert "announcement" not in types(said, "en")


def test_a_visit_looked_forward_to_is_a_wish():
    assert "meeting" not in types("The secretary of state said she looked forward to visiting Kenya and Tanzania.", "en")


def test_an_awaited_statement_is_not_made():
    assert "announcement" not in types("وتنتظر الحكومة بيانا من قيادة الجيش حول الهجوم على الحدود.", "ar")


@pytest.mark.parametrize("text,lang,absent", [
    ("Two soldiers were killed in a roadside bombing north of the capital on Monday, the army said in a statement.", "en", "announcement"),
    ("Any decision to withdraw the troops must be agreed jointly by the two governments.", "en", "agreement"),
])
def test_casualties_said_first_and_what_must_be_are_no_events(text, lang, absent):
    assert absent not in types(text, lang)


@pytest.mark.parametrize("text", [
    "وقال وزير الخارجية إنه سيتوجه إلى موسكو الأسبوع المقبل.",  # the plan holds its "that" (أنه س...)
    "وقال المتحدث باسم الخارجية إن المبعوث الأممي سيسافر إلى بغداد الجمعة.",  # a spokesman for his side's envoy
])
def test_a_said_travel_plan_is_announced(text):
    assert "announcement" in types(text, "ar")


@pytest.mark.parametrize("text,expected", [
    # "as X announced" (وفق ما، بحسب ما، وفقا لما أعلن): the attribution's own verb declares, and its subject speaks
    ("أرسلت الحكومة 200 جندي إلى الحدود، وفق ما أعلنت وزارة الدفاع أمس.", True),
    ("أرسلت الحكومة 200 جندي إلى الحدود، بحسب ما أعلنته قيادة الجيش.", True),
    ("وفقا لما أعلنته الوزارة، أرسلت الحكومة 200 جندي إلى الحدود.", True),
    # an attribution to sources, or "under" a plan (وفق خطة), declares nothing
    ("أرسلت الحكومة 200 جندي إلى الحدود، بحسب ما ذكرته مصادر محلية.", False),
])
def test_an_attribution_to_what_an_official_announced_is_its_announcement(text, expected):
    assert ("announcement" in types(text, "ar")) is expected


@pytest.mark.parametrize("text", [
    "واتخذت الحكومة قرارا بسحب القوات من الحدود.",
    "واتخذ مجلس الوزراء الليبي أمس قرارا بنشر قوات في الجنوب.",
])
def test_a_decision_taken_with_its_subject_between_is_announced(text):
    assert "announcement" in types(text, "ar")


@pytest.mark.parametrize("text,lang,expected", [
    ("The army decided to withdraw its troops from the town because of the attacks.", "en", True),  # a reason is no judgement
    ("The army withdrew its troops from the town, which led to calm, the defence minister said.", "en", True),
    ("The defence minister said the withdrawal of the troops from the town led to calm.", "en", False),  # the event judged
])
def test_a_reason_is_no_judgement_and_a_reported_event_is_judged_after_it(text, lang, expected):
    assert ("announcement" in types(text, lang)) is expected


@pytest.mark.parametrize("text,lang,name", [
    ("Smith was told of a US embargo on the sale of military helicopters.", "en", "smith"),  # an addressee
    ("وقالت الباحثة رها إن المنظمة ستبدأ حملة للإفراج عن المعتقلين.", "ar", "رها"),  # a researcher
])
def test_an_addressee_or_a_researcher_is_no_official_speaker(text, lang, name):
    found = find_triggers(fold_text(text), lang, speakers=lambda: frozenset({name}))
    assert "announcement" not in [t.event_type for t in found]


def test_a_court_ruling_issued_is_no_announced_decision():
    assert "announcement" not in types("وكانت القوات قد اعتقلتها بعد أن صدر قرار السجن بحقها في سبتمبر.", "ar")
    assert "announcement" in types("وصدر قرار بنشر قوات إضافية على الحدود.", "ar")


@pytest.mark.parametrize("text,lang,absent", [
    ("The chief of staff said he did not envision the cabinet signing an agreement with the rebels.", "en", "agreement"),
    ("وقال الوزير إنه يتصور قيام الحكومة بتوقيع اتفاق مع المتمردين قريبا.", "ar", "agreement"),
])
def test_an_envisioned_event_is_unreal(text, lang, absent):
    assert absent not in types(text, lang)


@pytest.mark.parametrize("text,lang,expected", [
    # an indefinite agreement with a party is one, even under "under" (بموجب)
    ("وقلصت الحكومة أنشطتها البحرية بموجب اتفاق مع الجارة الشمالية.", "ar", True),
    ("وخفضت البحرية دورياتها بمقتضى اتفاقية مع اليابان.", "ar", True),
    ("وقال الوزير إن الحكومة تعارض أي اتفاق مع المتمردين.", "ar", False),  # any agreement: none in particular
    # the agreement named with its article after "according to" is a reference, as before
    ("وانسحبت القوات من القاعدة وفقا للاتفاق بين الحكومتين.", "ar", False),
    # a joint subject that agreed to do something made a deal; one side's consent is none
    ("The two sides agreed to set up a joint border committee.", "en", True),
    ("The Chinese and Kenyan presidents agreed to expand trade.", "en", True),
    ("The government agreed to allow the inspectors into the sites.", "en", False),
    ("The two leaders agreed to meet again next month.", "en", False),  # the meeting is the event
    # worked out, hammered out: reached
    ("The accord was hammered out by the foreign ministers of both countries.", "en", True),
])
def test_agreements_with_a_party_by_a_joint_subject_or_worked_out(text, lang, expected):
    assert ("agreement" in types(text, lang)) is expected


@pytest.mark.parametrize("text,lang,expected", [
    # ratified or approved (صادق، صدق، أقر), its subject between the verb and the agreement
    ("وصادق البرلمان العراقي على الاتفاقية الأمنية مع الولايات المتحدة.", "ar", True),
    ("وأقر مجلس الوزراء الاتفاق مع الجارة الشمالية.", "ar", True),
    ("وأقر الوزير بأن الاتفاق لم يحقق أهدافه.", "ar", False),  # admitted, and not of an agreement
    # sealed, initialled: signed; negotiators who sign make a deal
    ("The Iraqi and US negotiators initialled the security pact in Baghdad.", "en", True),
    ("The two presidents sealed the deal with a handshake.", "en", True),
    ("Police sealed off the border after the bombing.", "en", False),
    ("The clerk sealed the documents in an envelope.", "en", False),
])
def test_ratified_sealed_and_initialled_agreements(text, lang, expected):
    assert ("agreement" in types(text, lang)) is expected

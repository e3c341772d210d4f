/** The words of "Forgive or pursue?" in Russian: exactly the English keys (checked here and by src/i18n). */
import type { TemplateCatalogue } from '../../template';
import type { en } from './en';

export const ru = {
  'worksheets.template.forgive_or_pursue.title': 'Простить или взыскать?',
  'worksheets.template.forgive_or_pursue.description':
    'Клиент оспаривает счёт или отказывается платить. Сравните, чего стоят отношения, с суммой, о которой идёт речь.',
  'worksheets.fact.revenueToDate': 'Выставлено счетов на сумму',
  'worksheets.fact.lateBefore': 'Просрочек и неоплат раньше',
  'worksheets.fact.complaintsBefore': 'Жалоб раньше',
  'worksheets.fact.amountInDispute': 'Спорная сумма',
  'worksheets.fact.referralCount': 'Привели к вам клиентов',
  'worksheets.fact.referralRevenue': 'Выставлено клиентам по их рекомендации',
  'worksheets.question.complaintValid':
    'Обоснована ли претензия? Действительно ли работа выполнена с недостатками?',
  'worksheets.question.raisedWhen': 'Когда клиент сообщил о проблеме?',
  'worksheets.question.moreReferrals': 'Насколько вероятно, что они порекомендуют вас ещё кому-то?',
  'worksheets.question.canAfford':
    'Можете ли вы позволить себе пойти дальше и предложить скидку на следующий заказ?',
  'worksheets.choice.complaintValid.yes': 'Да, это наша ошибка',
  'worksheets.choice.complaintValid.partly': 'Отчасти',
  'worksheets.choice.complaintValid.no': 'Нет, работа выполнена как договаривались',
  'worksheets.choice.complaintValid.unsure': 'Пока не знаю',
  'worksheets.choice.raisedWhen.before_invoice': 'Сразу, ещё до выставления счёта',
  'worksheets.choice.raisedWhen.after_invoice': 'После получения счёта, по своей инициативе',
  'worksheets.choice.raisedWhen.when_chased': 'Только после вопроса, почему нет оплаты',
  'worksheets.choice.moreReferrals.likely': 'Вероятно',
  'worksheets.choice.moreReferrals.maybe': 'Возможно',
  'worksheets.choice.moreReferrals.unlikely': 'Маловероятно',
  'worksheets.choice.canAfford.yes': 'Да',
  'worksheets.choice.canAfford.no': 'Нет',
  'worksheets.money.amountInDispute': 'Простить спорную сумму',
  'worksheets.money.referralRevenue': 'Уже выставлено клиентам по их рекомендации',
  'worksheets.factor.forgive_or_pursue.complaint': 'Обоснована ли претензия?',
  'worksheets.factor.forgive_or_pursue.stake': 'Спорная сумма в сравнении с их заказами за год',
  'worksheets.factor.forgive_or_pursue.paymentRecord': 'Платёжная дисциплина',
  'worksheets.factor.forgive_or_pursue.tenure': 'Как долго вы работаете вместе',
  'worksheets.factor.forgive_or_pursue.referralsMade': 'Уже привели клиентов',
  'worksheets.factor.forgive_or_pursue.referralsAhead': 'Приведут ли ещё клиентов',
  'worksheets.factor.forgive_or_pursue.timing': 'Когда сообщили о проблеме',
  'worksheets.factor.forgive_or_pursue.complaintHistory': 'Жалобы раньше',
  'worksheets.forgive_or_pursue.summary.greatCustomer':
    '{name} — давний клиент, который всегда платил: это на него не похоже.',
  'worksheets.forgive_or_pursue.summary.troubledCustomer':
    '{name}: просрочки или неоплаты уже бывали — возможно, это система.',
  'worksheets.forgive_or_pursue.reason.complaintHolds':
    'Претензия обоснована, хотя бы отчасти: в работе были недостатки.',
  'worksheets.forgive_or_pursue.reason.complaintFails':
    'Претензия не обоснована: работа выполнена как договаривались.',
  'worksheets.forgive_or_pursue.reason.stakeSmall':
    '{amountInDispute} — немного по сравнению с {projectedValue}: столько они, вероятно, принесут за следующий год.',
  'worksheets.forgive_or_pursue.reason.stakeLarge':
    '{amountInDispute} — много по сравнению с {projectedValue}: столько они, вероятно, принесут за следующий год.',
  'worksheets.forgive_or_pursue.reason.paidWell':
    'У них хорошая платёжная дисциплина (просрочек и неоплат раньше: {lateBefore}).',
  'worksheets.forgive_or_pursue.reason.paidBadly':
    'Они уже платили с опозданием или не платили вовсе (случаев: {lateBefore}).',
  'worksheets.forgive_or_pursue.reason.longTenure': 'Вы работаете вместе уже {tenureMonths}.',
  'worksheets.forgive_or_pursue.reason.shortTenure': 'Отношения только начались ({tenureMonths}).',
  'worksheets.forgive_or_pursue.reason.referredOthers':
    'Они уже рекомендовали вас другим (клиентов по их рекомендации: {referralCount}).',
  'worksheets.forgive_or_pursue.reason.noReferrals': 'Они пока никого вам не рекомендовали.',
  'worksheets.forgive_or_pursue.reason.referralsLikely':
    'Возможно, они ещё будут вас рекомендовать.',
  'worksheets.forgive_or_pursue.reason.referralsUnlikely':
    'Вряд ли они приведут к вам новых клиентов.',
  'worksheets.forgive_or_pursue.reason.raisedEarly':
    'Они сообщили о проблеме сразу, ещё до выставления счёта.',
  'worksheets.forgive_or_pursue.reason.raisedWhenChased':
    'Они заговорили о проблеме, только когда вы спросили, почему нет оплаты.',
  'worksheets.forgive_or_pursue.reason.firstComplaint': 'Раньше они не жаловались.',
  'worksheets.forgive_or_pursue.reason.complainsOften':
    'Они уже жаловались раньше (жалоб: {complaintsBefore}).',
  'worksheets.forgive_or_pursue.action.preventRepeat':
    'Выясните, что пошло не так, и позаботьтесь, чтобы это не повторилось.',
  'worksheets.forgive_or_pursue.action.investigate':
    'Прежде чем решать, разберитесь, что произошло: от того, обоснована ли претензия, ответ зависит больше всего.',
  'worksheets.option.pursue': 'Взыскать полностью',
  'worksheets.option.pursue.hint': 'Счёт остаётся в силе: попросить оплатить всю сумму.',
  'worksheets.option.partial_credit': 'Предложить частичную скидку',
  'worksheets.option.partial_credit.hint': 'Пойти навстречу: уменьшить счёт на часть суммы.',
  'worksheets.option.forgive': 'Простить долг',
  'worksheets.option.forgive.hint': 'Списать то, что они должны по этому счёту.',
  'worksheets.option.forgive_discount': 'Простить и предложить разовую скидку',
  'worksheets.option.forgive_discount.hint':
    'Списать счёт и предложить скидку на следующий заказ, если вы можете себе это позволить.',
  'worksheets.message.forgive_or_pursue.pursue':
    'Здравствуйте, {name}!\n\nСпасибо, что рассказали о своих замечаниях по работе «{job}». Ситуация внимательно изучена: работа выполнена в соответствии с договорённостью, поэтому счёт на {amount} остаётся в силе. С удовольствием всё обсужу, если хотите. Подскажите, пожалуйста, когда ожидать оплату?\n\nС уважением.',
  'worksheets.message.forgive_or_pursue.partial_credit':
    'Здравствуйте, {name}!\n\nСпасибо, что сообщили о проблеме с работой «{job}». Ситуация изучена, и, чтобы её исправить, я уменьшаю счёт на {credit}. Надеюсь, такое решение покажется вам справедливым. С удовольствием продолжу с вами сотрудничество.\n\nС уважением.',
  'worksheets.message.forgive_or_pursue.forgive':
    'Здравствуйте, {name}!\n\nМне жаль, что работа «{job}» не оправдала ваших ожиданий. Неоплаченная сумма {amount} аннулирована: больше вы за эту работу ничего не должны. Причины случившегося разобраны, чтобы это не повторилось. Я ценю сотрудничество с вами.\n\nС уважением.',
  'worksheets.message.forgive_or_pursue.forgive_discount':
    'Здравствуйте, {name}!\n\nМне жаль, что работа «{job}» не оправдала ваших ожиданий. Неоплаченная сумма {amount} аннулирована, и, кроме того, я хочу предложить вам скидку {discount}% на следующий заказ. Причины случившегося разобраны, чтобы это не повторилось. Я ценю сотрудничество с вами.\n\nС уважением.',
  'worksheets.effect.discount_note':
    'Заметка в карточке «{name}»: скидка {discount}% на следующий заказ',
  'worksheets.note.discount': 'Обещана скидка {discount}% на следующий заказ (согласовано {day}).',
  'worksheets.needs.disputed': '{name} оспаривает или отказывается оплатить {amount} за «{job}».',
  'worksheets.decision.discount': 'Скидка на следующий заказ (%)',
  // Версия 2 (issue 15): модель плательщика, ценность отношений, вероятный возврат.
  'worksheets.fact.billsInWindow': 'Их счета со сроком оплаты до этого',
  'worksheets.fact.billsPaidInWindow': 'Из них оплачено',
  'worksheets.fact.billsLateInWindow': 'Из них оплачено позже льготного срока',
  'worksheets.fact.worstDaysBeyondGrace': 'Самая поздняя оплата, дней сверх льготного срока',
  'worksheets.fact.billDaysPastDue': 'На сколько дней просрочен этот счёт',
  'worksheets.fact.billCollectChance': 'Примерная вероятность взыскать счёт такой давности',
  'worksheets.fact.likelyRecovery': 'Сколько, вероятно, удастся получить, если взыскивать',
  'worksheets.fact.ownValueNextYear': 'Их собственные заказы за следующий год (оценка)',
  'worksheets.source.forgiveWindowMonths':
    'Счета со сроком оплаты за последние {months} мес.; опозданием считается оплата позже чем через {grace} дн. после срока',
  'worksheets.source.forgiveWindowBills': {
    one: 'Последний счёт клиента (за год срок наступил меньше чем у шести); опозданием считается оплата позже чем через {grace} дн. после срока',
    few: 'Последние {count} счёта клиента (за год срок наступил меньше чем у шести); опозданием считается оплата позже чем через {grace} дн. после срока',
    many: 'Последние {count} счетов клиента (за год срок наступил меньше чем у шести); опозданием считается оплата позже чем через {grace} дн. после срока',
    other:
      'Последние {count} счёта клиента (за год срок наступил меньше чем у шести); опозданием считается оплата позже чем через {grace} дн. после срока',
  },
  'worksheets.source.forgiveNoBills':
    'Других счетов с наступившим сроком оплаты у клиента пока нет',
  'worksheets.source.forgiveTypicalLate': {
    one: 'По тем же счетам; обычно опоздание составляло {count} день сверх льготного срока',
    few: 'По тем же счетам; обычно опоздание составляло {count} дня сверх льготного срока',
    many: 'По тем же счетам; обычно опоздание составляло {count} дней сверх льготного срока',
    other: 'По тем же счетам; обычно опоздание составляло {count} дня сверх льготного срока',
  },
  'worksheets.source.forgiveGrievances':
    'Жалобы и споры за всё время сотрудничества, каждый учтён один раз, кроме нынешнего',
  'worksheets.source.forgiveDue': 'По сроку оплаты неоплаченного счёта',
  'worksheets.source.forgiveChance':
    'Грубая оценка по опросу коллекторского агентства ({site}): около 72% через три месяца просрочки, 44% через шесть, 29% через год',
  'worksheets.source.forgiveChanceBeyond':
    'Грубая оценка по опросу коллекторского агентства ({site}): 29% через год просрочки; о более старых долгах опрос ничего не говорит, они могут стоить меньше',
  'worksheets.source.forgiveRecovery': 'Сумма долга × вероятность {percent}%: грубая оценка',
  'worksheets.source.forgiveValue': {
    one: 'На 12 месяцев вперёд по счетам за {count} месяц, без этого счёта; короткая история сглажена к среднему. Насколько надёжно: {sure}',
    few: 'На 12 месяцев вперёд по счетам за {count} месяца, без этого счёта; короткая история сглажена к среднему. Насколько надёжно: {sure}',
    many: 'На 12 месяцев вперёд по счетам за {count} месяцев, без этого счёта; короткая история сглажена к среднему. Насколько надёжно: {sure}',
    other:
      'На 12 месяцев вперёд по счетам за {count} месяца, без этого счёта; короткая история сглажена к среднему. Насколько надёжно: {sure}',
  },
  'worksheets.source.forgiveReferralRevenue':
    'Выставлено за последние 12 месяцев клиентам по их рекомендации, каждый учтён один раз',
  'worksheets.source.forgiveProblems': 'По проблемам, отмеченным в заказе «{job}»',
  'worksheets.source.forgiveNothingRecorded': 'В записях по заказу ответа на это нет',
  'worksheets.source.forgiveRaisedDispute': 'По спору, записанному {day}',
  'worksheets.source.forgiveRaisedComplaint': 'По жалобе, записанной {day}',
  'worksheets.forgive_or_pursue.confidence.low': 'не очень (история короткая)',
  'worksheets.forgive_or_pursue.confidence.medium': 'достаточно',
  'worksheets.forgive_or_pursue.confidence.high': 'вполне (долгая ровная история)',
  'worksheets.money.likelyRecovery': 'Вероятно, удастся получить при взыскании (грубо)',
  'worksheets.money.ownValueNextYear': 'Их собственные заказы за следующий год (оценка)',
  'worksheets.money.referralsLastYear':
    'Выставлено клиентам по их рекомендации за последние 12 месяцев',
  'worksheets.factor.forgive_or_pursue.lateShare': 'Доля недавних счетов, оплаченных с опозданием',
  'worksheets.factor.forgive_or_pursue.lateSeverity': 'Насколько поздно, в худшем случае',
  'worksheets.forgive_or_pursue.summary.nothingOwed':
    'По этому счёту сейчас ничего не причитается: прощать или взыскивать нечего, остаётся ответить на жалобу.',
  'worksheets.forgive_or_pursue.summary.latePattern':
    '{name}: с опозданием оплачено счетов — {billsLateInWindow} из {billsInWindow} последних. Возможно, это система.',
  'worksheets.forgive_or_pursue.reason.recoverySmall':
    'Если взыскивать {amountInDispute}, вероятно, удастся получить около {likelyRecovery}: немного по сравнению с тем, чего стоят эти отношения за следующий год.',
  'worksheets.forgive_or_pursue.reason.recoveryLarge':
    'Если взыскивать {amountInDispute}, вероятно, удастся получить около {likelyRecovery}: много по сравнению с тем, чего стоят эти отношения за следующий год.',
  'worksheets.forgive_or_pursue.reason.paidOnTimeShare':
    'Недавних счетов, оплаченных позже льготного срока: {billsLateInWindow} из {billsInWindow}.',
  'worksheets.forgive_or_pursue.reason.paidLateShare':
    'Недавних счетов, оплаченных позже льготного срока: {billsLateInWindow} из {billsInWindow}. Опаздывать с оплатой для них обычное дело.',
  'worksheets.forgive_or_pursue.reason.neverVeryLate':
    'Ни один недавний счёт не был оплачен намного позже льготного срока.',
  'worksheets.forgive_or_pursue.reason.paidVeryLate':
    'В худшем случае недавний счёт был оплачен на {worstDaysBeyondGrace} дн. позже льготного срока.',
  'worksheets.forgive_or_pursue.reason.newRelationship': 'Вы работаете вместе меньше полугода.',
  'worksheets.forgive_or_pursue.reason.referredPeople':
    'Клиентов, пришедших по их рекомендации: {referralCount}.',
  'worksheets.forgive_or_pursue.reason.grievancesBefore':
    'Жалоб и споров до этого: {complaintsBefore}.',
  'worksheets.option.answer_complaint': 'Ответить на жалобу',
  'worksheets.option.answer_complaint.hint':
    'Долга нет: ответить, разобраться, что пошло не так, и держать клиента в курсе.',
  'worksheets.message.forgive_or_pursue.answer_complaint':
    'Здравствуйте, {name}!\n\nСпасибо, что рассказали о своих замечаниях по работе «{job}». Мне жаль, что результат не оправдал ваших ожиданий. Я разбираюсь в случившемся и вернусь к вам с тем, что выясню, и с тем, что изменю.\n\nС уважением.',
} as const satisfies TemplateCatalogue & Record<keyof typeof en, unknown>;

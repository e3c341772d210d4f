/** The words of "Who should pay whom?" in Russian: exactly the English keys (checked here and by src/i18n). */
import type { TemplateCatalogue } from '../../template';
import type { en } from './en';

export const ru = {
  'worksheets.template.who_pays_whom.title': 'Кто кому должен?',
  'worksheets.template.who_pays_whom.description':
    'Работа пошла не так. Найдите справедливое решение для вас, клиента и субподрядчика.',
  'worksheets.fact.jobAmount': 'Счёт за заказ',
  'worksheets.fact.paidSoFar': 'Уже оплачено',
  'worksheets.fact.subcontractorCost': 'Цена субподрядчика',
  'worksheets.fact.paidToSubcontractor': 'Выплачено субподрядчику',
  'worksheets.question.clientShare': 'Какую часть работы клиенту пришлось сделать самому?',
  'worksheets.question.clientCost': 'Во что это обошлось клиенту?',
  'worksheets.question.fault': 'Чья это вина?',
  'worksheets.question.clientWorth':
    'Сколько этот клиент будет приносить вам в год с этого момента?',
  'worksheets.choice.fault.mine': 'Моя',
  'worksheets.choice.fault.subcontractor': 'Субподрядчика',
  'worksheets.choice.fault.shared': 'Общая',
  'worksheets.choice.fault.nobody': 'Ничья',
  'worksheets.choice.fault.client': 'Клиента',
  'worksheets.money.costOfGoodwill': 'Скидка и выплата клиенту',
  'worksheets.money.subcontractorBears': 'За счёт субподрядчика',
  'worksheets.money.netCost': 'Ваши чистые расходы',
  'worksheets.money.clientWorth': 'Ценность клиента для вас с этого момента',
  'worksheets.factor.who_pays_whom.fault': 'Чья вина',
  'worksheets.factor.who_pays_whom.clientShare': 'Работа, сделанная клиентом',
  'worksheets.factor.who_pays_whom.worth': 'Расходы в сравнении с ценностью клиента',
  'worksheets.factor.who_pays_whom.tenure': 'Как долго вы работаете вместе',
  'worksheets.who_pays_whom.summary.trustAtStake':
    'Заказ выполнялся под вашим именем, а клиенту ({name}) пришлось вмешаться: на кону его доверие.',
  'worksheets.who_pays_whom.summary.clientsOwnDoing':
    'Проблема возникла на стороне клиента: счёт остаётся в силе.',
  'worksheets.who_pays_whom.reason.yourSide':
    'Вина лежит на вашей стороне, хотя бы отчасти: для клиента ваш субподрядчик — это вы.',
  'worksheets.who_pays_whom.reason.notYourSide': 'Вашей вины здесь нет.',
  'worksheets.who_pays_whom.reason.theyDidWork':
    'Клиенту пришлось самому сделать {clientShare}% работы.',
  'worksheets.who_pays_whom.reason.theyDidNone': 'Клиенту не пришлось ничего доделывать самому.',
  'worksheets.who_pays_whom.reason.worthIt':
    'Отказ от счёта на {jobAmount} — немного по сравнению с {clientWorth}: во столько вы оцениваете этого клиента.',
  'worksheets.who_pays_whom.reason.notWorthIt':
    'Отказ от счёта на {jobAmount} — много по сравнению с {clientWorth}: во столько вы оцениваете этого клиента.',
  'worksheets.who_pays_whom.reason.longTenure': 'Вы работаете вместе уже {tenureMonths}.',
  'worksheets.who_pays_whom.reason.shortTenure': 'Отношения только начались ({tenureMonths}).',
  'worksheets.who_pays_whom.action.avoidSubcontractor':
    'Больше не отправляйте этого субподрядчика ({subcontractor}) на заказы этого клиента.',
  'worksheets.who_pays_whom.action.preventRepeat':
    'Разберитесь, как это случилось, и измените то, что нужно, чтобы это не повторилось.',
  'worksheets.option.bill_in_full': 'Выставить счёт полностью',
  'worksheets.option.bill_in_full.hint': 'Счёт остаётся как есть.',
  'worksheets.option.credit_share': 'Уменьшить счёт',
  'worksheets.option.credit_share.hint':
    'Вычесть стоимость работы, которую клиент сделал сам, или сделать скидку в знак доброй воли.',
  'worksheets.option.waive_all': 'Отказаться от всего счёта',
  'worksheets.option.waive_all.hint': 'Не брать с клиента плату за этот заказ.',
  'worksheets.option.waive_and_pay': 'Отказаться от счёта и компенсировать',
  'worksheets.option.waive_and_pay.hint':
    'Не брать плату и возместить клиенту работу, которую ему пришлось сделать самому.',
  'worksheets.message.who_pays_whom.bill_in_full':
    'Здравствуйте, {name}!\n\nСпасибо за терпение при выполнении работы «{job}». Теперь работа завершена, и счёт остаётся в согласованном размере. Если у вас есть вопросы, пожалуйста, дайте знать.\n\nС уважением.',
  'worksheets.message.who_pays_whom.credit_share':
    'Здравствуйте, {name}!\n\nПрошу прощения, что работа «{job}» прошла не так, как было обещано. Счёт за неё уменьшен на {credit}, так что к оплате остаётся {amount}. Такое больше не повторится.\n\nСпасибо за понимание.',
  'worksheets.message.who_pays_whom.waive_all':
    'Здравствуйте, {name}!\n\nПрошу прощения, что работа «{job}» прошла не так, как было обещано. Обещание, данное вам, не выполнено, поэтому плату за эту работу я с вас не возьму. Такое больше не повторится.\n\nСпасибо за понимание.',
  'worksheets.message.who_pays_whom.waive_and_pay':
    'Здравствуйте, {name}!\n\nПрошу прощения, что работа «{job}» прошла не так, как было обещано, и вашим сотрудникам пришлось вмешаться. Плату за эту работу я с вас не возьму и перечисляю вам {payClient} в качестве компенсации за работу, которую вам пришлось выполнить. Такое больше не повторится.\n\nСпасибо за понимание.',
  'worksheets.effect.pay_client': 'Записать выплату {amount}, получатель: {name}',
  'worksheets.effect.charge_back': 'Записать возврат {amount}, плательщик: {name}',
  'worksheets.effect.forfeit':
    'Удержать {amount} из оплаты субподрядчику за заказ ({subcontractor}) — как возврат',
  'worksheets.effect.avoid_subcontractor':
    'Заметка в карточке «{name}»: больше не отправлять субподрядчика ({subcontractor})',
  'worksheets.note.avoidSubcontractor':
    'Больше не отправлять на их заказы субподрядчика: {subcontractor} (согласовано {day}).',
  'worksheets.needs.wentWrong':
    'Заказ «{job}» пошёл не так (клиент: {name}, субподрядчик: {subcontractor}).',
  'worksheets.decision.payClient': 'Выплата клиенту',
  'worksheets.decision.subcontractorBears': 'За счёт субподрядчика',
  'worksheets.decision.avoidSubcontractor':
    'Больше не привлекать этого субподрядчика ({subcontractor}) к заказам клиента ({name})',
  // Версия 2: единицы работы, цена субподрядчика, ограниченная выплата, ответы из записей.
  'worksheets.fact.clientDidValue': 'Работа, сделанная клиентом, по вашей цене',
  'worksheets.fact.notDoneValue': 'Работа, которую никто не сделал, по вашей цене',
  'worksheets.fact.lateValue': 'Работа, сданная с опозданием, по вашей цене',
  'worksheets.fact.deliveredValue': 'Счёт за выполненную работу',
  'worksheets.fact.subcontractorUndelivered': 'Что субподрядчик не сделал, по его цене',
  'worksheets.fact.subcontractorLate': 'Что субподрядчик сдал с опозданием, по его цене',
  'worksheets.fact.clientYearValue': 'Сколько клиент, вероятно, принесёт за следующий год',
  'worksheets.source.whoPays.lines': 'По единицам, отмеченным в строках заказа «{job}»',
  'worksheets.source.whoPays.subcontractorLines':
    'По цене субподрядчика за единицу, из строк заказа «{job}»',
  'worksheets.source.whoPays.problems': 'По проблемам, отмеченным в заказе «{job}»',
  'worksheets.source.whoPays.valueNone':
    'Других счетов этому клиенту ещё не было, поэтому учтены только другие уже принятые заказы (этот заказ не в счёт)',
  'worksheets.source.whoPays.value.low': {
    one: 'Грубая оценка без учёта этого заказа: за последние 12 месяцев был {count} счёт, поэтому она опирается на их средний годовой объём с {day}',
    few: 'Грубая оценка без учёта этого заказа: за последние 12 месяцев было {count} счёта, поэтому она опирается на их средний годовой объём с {day}',
    many: 'Грубая оценка без учёта этого заказа: за последние 12 месяцев было {count} счетов, поэтому она опирается на их средний годовой объём с {day}',
    other:
      'Грубая оценка без учёта этого заказа: за последние 12 месяцев было {count} счёта, поэтому она опирается на их средний годовой объём с {day}',
  },
  'worksheets.source.whoPays.value.medium': {
    one: 'По {count} счёту за последние 12 месяцев, без учёта этого заказа, отчасти с опорой на их средний годовой объём с {day}',
    few: 'По {count} счетам за последние 12 месяцев, без учёта этого заказа, отчасти с опорой на их средний годовой объём с {day}',
    many: 'По {count} счетам за последние 12 месяцев, без учёта этого заказа, отчасти с опорой на их средний годовой объём с {day}',
    other:
      'По {count} счетам за последние 12 месяцев, без учёта этого заказа, отчасти с опорой на их средний годовой объём с {day}',
  },
  'worksheets.source.whoPays.value.high': {
    one: 'По {count} счёту за последние 12 месяцев, без учёта этого заказа',
    few: 'По {count} счетам за последние 12 месяцев, без учёта этого заказа',
    many: 'По {count} счетам за последние 12 месяцев, без учёта этого заказа',
    other: 'По {count} счетам за последние 12 месяцев, без учёта этого заказа',
  },
  'worksheets.question.lateUnits': 'Работа, сданная с опозданием: включить в счёт или списать?',
  'worksheets.choice.lateUnits.bill': 'Включить в счёт: она всё же сделана',
  'worksheets.choice.lateUnits.credit': 'Списать: она опоздала и уже не пригодилась',
  'worksheets.who_pays_whom.note.lateUnits':
    'Если включить её в счёт, в нём останется {late}; если списать — счёт уменьшится на {late}.',
  'worksheets.who_pays_whom.note.lateUnitsSub':
    'Если включить её в счёт, в нём останется {late}; если списать — счёт уменьшится на {late}, а субподрядчик ({subcontractor}) возьмёт на себя {bears} по своей цене.',
  'worksheets.who_pays_whom.note.clientCost':
    'Выплата клиенту никогда не превысит эту сумму и {clientWorth} — столько клиент, вероятно, принесёт вам за год.',
  'worksheets.who_pays_whom.note.clientCostNoWorth':
    'Выплата клиенту никогда не превысит эту сумму и то, что клиент, вероятно, принесёт вам за год, — а сейчас это ноль.',
  'worksheets.who_pays_whom.note.clientShareLines':
    'Сумма счёта следует за единицами, отмеченными в строках заказа ({share}%): чтобы её изменить, отметьте их в заказе.',
  'worksheets.who_pays_whom.note.unwrittenSubcontractorPrice':
    'Не записывается: цена субподрядчика ({subcontractor}), введённая здесь, действует только для этого расчёта. Цена субподрядчика за единицу хранится в строках заказа — чтобы сохранить её, измените её в заказе «{job}».',
  'worksheets.who_pays_whom.note.unwrittenJobFigures':
    'Не записывается: цифры заказа, введённые здесь, действуют только для этого расчёта. Единицы работы хранятся в строках заказа — чтобы сохранить их, отметьте их в заказе «{job}».',
  'worksheets.who_pays_whom.reason.worthItDelivered':
    'Отказ от {deliveredValue} за выполненную работу — немного по сравнению с {clientWorth} в год, которые клиент, вероятно, вам принесёт.',
  'worksheets.who_pays_whom.reason.notWorthItDelivered':
    'Отказ от {deliveredValue} за выполненную работу — много по сравнению с тем, что клиент, вероятно, принесёт вам за год.',
  'worksheets.who_pays_whom.summary.nothingOwed':
    'Клиент ({name}) ничего не должен за заказ «{job}» и ничего за него не платил: рассчитываться не за что — остаётся лишь то, что вы сами решите дать.',
  'worksheets.who_pays_whom.summary.deliveredStands':
    'Проблема возникла на стороне клиента: выполненная работа оплачивается, как договорились.',
  'worksheets.money.notBilled': 'Не включено в счёт: несделанная работа',
  'worksheets.money.goodwillGiven': 'Уступлено из доброй воли',
  'worksheets.option.bill_delivered': 'Выставить счёт только за сделанное',
  'worksheets.option.bill_delivered.hint':
    'Работа, сделанная клиентом или не сделанная никем, в счёт не входит; опоздавшая — как вы решили.',
  'worksheets.option.pay_for_their_work': 'Счёт за сделанное и компенсация клиенту',
  'worksheets.option.pay_for_their_work.hint':
    'Ещё и возместить клиенту, во что ему обошлась работа его сотрудников, — в пределах того, что он для вас стоит.',
  'worksheets.message.who_pays_whom.bill_delivered':
    'Здравствуйте, {name}!\n\nПрошу прощения, что работа «{job}» прошла не так, как было обещано. Счёт за неё уменьшен на {credit}, так что к оплате остаётся {amount}. Такое больше не повторится.\n\nСпасибо за понимание.',
  'worksheets.message.who_pays_whom.bill_delivered.back':
    'Здравствуйте, {name}!\n\nПрошу прощения, что работа «{job}» прошла не так, как было обещано. Счёт за неё уменьшен на {credit}, а поскольку вы уже оплатили его, возвращаю вам {payClient}. Такое больше не повторится.\n\nСпасибо за понимание.',
  'worksheets.message.who_pays_whom.bill_delivered.square':
    'Здравствуйте, {name}!\n\nПрошу прощения, что работа «{job}» прошла не так, как было обещано. Счёт за неё уменьшен на {credit}, так что больше ничего платить не нужно. Такое больше не повторится.\n\nСпасибо за понимание.',
  'worksheets.message.who_pays_whom.bill_delivered.stands':
    'Здравствуйте, {name}!\n\nСпасибо за терпение при выполнении работы «{job}». Счёт остаётся в согласованном размере: к оплате {amount}. Если у вас есть вопросы, пожалуйста, дайте знать.\n\nС уважением.',
  'worksheets.message.who_pays_whom.bill_delivered.standsSquare':
    'Здравствуйте, {name}!\n\nСпасибо за терпение при выполнении работы «{job}». Больше ничего платить за неё не нужно. Если у вас есть вопросы, пожалуйста, дайте знать.\n\nС уважением.',
  'worksheets.message.who_pays_whom.pay_for_their_work':
    'Здравствуйте, {name}!\n\nПрошу прощения, что работа «{job}» прошла не так, как было обещано, и вашим сотрудникам пришлось вмешаться. В возмещение их работы счёт уменьшен ещё на {goodwill}, так что к оплате остаётся {amount}. Такое больше не повторится.\n\nСпасибо за понимание.',
  'worksheets.message.who_pays_whom.pay_for_their_work.back':
    'Здравствуйте, {name}!\n\nПрошу прощения, что работа «{job}» прошла не так, как было обещано, и вашим сотрудникам пришлось вмешаться. В возмещение их работы перечисляю вам {payClient}. Такое больше не повторится.\n\nСпасибо за понимание.',
  'worksheets.message.who_pays_whom.pay_for_their_work.square':
    'Здравствуйте, {name}!\n\nПрошу прощения, что работа «{job}» прошла не так, как было обещано, и вашим сотрудникам пришлось вмешаться. В возмещение их работы счёт уменьшен ещё на {goodwill}, так что больше ничего платить не нужно. Такое больше не повторится.\n\nСпасибо за понимание.',
  'worksheets.message.who_pays_whom.waive_all.back':
    'Здравствуйте, {name}!\n\nПрошу прощения, что работа «{job}» прошла не так, как было обещано. Обещание, данное вам, не выполнено, поэтому плату за эту работу я с вас не возьму и возвращаю вам уже уплаченные {payClient}. Такое больше не повторится.\n\nСпасибо за понимание.',
} as const satisfies TemplateCatalogue & Record<keyof typeof en, unknown>;

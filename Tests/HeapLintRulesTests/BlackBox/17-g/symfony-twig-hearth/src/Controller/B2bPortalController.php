<?php

namespace App\Controller;

use App\Repository\CompanyRepository;
use Symfony\Bundle\FrameworkBundle\Controller\AbstractController;
use Symfony\Component\HttpFoundation\Response;
use Symfony\Component\Routing\Attribute\Route;
use Symfony\Component\Security\Http\Attribute\IsGranted;

#[IsGranted('ROLE_TRADE_BUYER')]
class B2bPortalController extends AbstractController
{
    #[Route('/trade', name: 'b2b_portal')]
    public function index(CompanyRepository $companies): Response
    {
        $company = $companies->findOneForBuyer($this->getUser());

        return $this->render('b2b/portal.html.twig', [
            'company' => $company,
            'price_list' => $company->getPriceList(),
        ]);
    }
}
